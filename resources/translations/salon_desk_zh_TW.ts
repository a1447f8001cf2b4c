<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>Enter the server&apos;s address (its name or IP address).</source>
        <translation>請填寫伺服器地址（名稱或 IP 地址）。</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name on the server.</source>
        <translation>請填寫伺服器上的資料庫名稱。</translation>
    </message>
    <message>
        <source>Enter the user name the server gave this shop.</source>
        <translation>請填寫伺服器分配給本店的使用者名稱。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>埠是 1 到 65535 之間的數字（通常是 5432）。</translation>
    </message>
</context>
<context>
    <name>AssignCallsDialog</name>
    <message>
        <source>Assign follow-up calls</source>
        <translation>分配回訪</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to call.</source>
        <translation>
            <numerusform>共 %n 位顧客待回訪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Her own beautician</source>
        <translation>她的專屬美容師</translation>
    </message>
    <message>
        <source>Key customers high, others normal</source>
        <translation>重點顧客優先，其餘普通</translation>
    </message>
    <message>
        <source>What to say or ask</source>
        <translation>要說或要問的內容</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回訪截止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 個回訪。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already had an open call for this reason.</source>
        <translation>
            <numerusform>%n 位顧客已有同一原因的未完成回訪。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) did not agree to greetings: no call for them.</source>
        <translation>
            <numerusform>%n 位顧客未同意接收問候，未為她們建立回訪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change history of the shop</source>
        <translation>全店修改記錄</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>The newest %1 changes; narrow the filters to see older ones.</source>
        <translation>最近 %1 條修改；縮小篩選範圍可檢視更早的記錄。</translation>
    </message>
    <message>
        <source>%1 changes.</source>
        <translation>共 %1 條修改。</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message>
        <source>Key</source>
        <translation>重點顧客</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛力顧客</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟進顧客</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新顧客</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已聯絡上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>無人接聽</translation>
    </message>
    <message>
        <source>Booked a visit</source>
        <translation>已預約到店</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>號碼錯誤</translation>
    </message>
    <message>
        <source>She came in</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>搬走了</translation>
    </message>
    <message>
        <source>Not happy with the result</source>
        <translation>對效果不滿意</translation>
    </message>
    <message>
        <source>A staff member</source>
        <translation>對員工不滿意</translation>
    </message>
    <message>
        <source>Goes to another salon</source>
        <translation>去了別家店</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>沒有時間</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Letter or message</source>
        <translation>信件或留言</translation>
    </message>
    <message>
        <source>During a visit</source>
        <translation>到店時</translation>
    </message>
    <message>
        <source>On our follow-up call</source>
        <translation>回訪時</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>網路評價</translation>
    </message>
    <message>
        <source>Media or legal</source>
        <translation>媒體或法律途徑</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未處理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>處理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <source>Say why she declined.</source>
        <translation>請選擇顧客拒絕的原因。</translation>
    </message>
    <message>
        <source>Choose at least one customer.</source>
        <translation>請至少選擇一位顧客。</translation>
    </message>
    <message>
        <source>Choose who makes the call.</source>
        <translation>請選擇回訪人。</translation>
    </message>
    <message>
        <source>The due date cannot be before today.</source>
        <translation>截止日期不能早於今天。</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>請選擇原因。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>請選擇優先順序。</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>請選擇回訪結果。</translation>
    </message>
    <message>
        <source>Retry within 1 to 90 days.</source>
        <translation>請在 1 到 90 天內再次回訪。</translation>
    </message>
    <message>
        <source>This call was already closed by someone else.</source>
        <translation>這個回訪已被其他人完成。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>收到日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Write down what she said.</source>
        <translation>請記錄顧客說了什麼。</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>請從列表中選擇。</translation>
    </message>
    <message>
        <source>A closed complaint needs the date it was closed.</source>
        <translation>已結案的抱怨需要填寫結案日期。</translation>
    </message>
    <message>
        <source>It cannot close before it was received.</source>
        <translation>結案日期不能早於收到日期。</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>結案日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出允許範圍。</translation>
    </message>
    <message>
        <source>Must be lower than the key-customer threshold.</source>
        <translation>必須低於重點顧客的門檻。</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why she declined</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回訪截止</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <source>What she said on the phone</source>
        <translation>電話中顧客所說</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服務差距</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>相關到店</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>籤核日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>usually every %1 days, last visit %2 days ago</source>
        <translation>通常每 %1 天來一次，已 %2 天未到店</translation>
    </message>
    <message>
        <source>last visit %1 days ago</source>
        <translation>已 %1 天未到店</translation>
    </message>
    <message>
        <source>: %1 chance she still comes</source>
        <translation>：她仍會回來的可能為 %1</translation>
    </message>
    <message>
        <source>sessions left on her cards: %1</source>
        <translation>卡內剩餘 %1 次</translation>
    </message>
    <message>
        <source>¥%1 left on her stored-value card</source>
        <translation>儲值卡餘額 ¥%1</translation>
    </message>
    <message>
        <source>her card is used up or expired</source>
        <translation>卡已用完或過期</translation>
    </message>
    <message>
        <source>complaint open since %1</source>
        <translation>%1 起有未結抱怨</translation>
    </message>
    <message>
        <source>rated her last visit %1/5</source>
        <translation>上次滿意度 %1/5</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>記錄抱怨…</translation>
    </message>
    <message>
        <source>Assign a call…</source>
        <translation>安排回訪…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨與處理</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回訪</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Card</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>Sell a card…</source>
        <translation>售卡…</translation>
    </message>
    <message>
        <source>Void card…</source>
        <translation>作廢卡項…</translation>
    </message>
    <message>
        <source>Entries that used the selected card</source>
        <translation>使用所選卡項的護理日誌</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Void card</source>
        <translation>作廢卡項</translation>
    </message>
    <message>
        <source>Why is %1 voided? (e.g. sold by mistake)</source>
        <translation>為什麼作廢 %1？（例如：售錯了）</translation>
    </message>
</context>
<context>
    <name>CareEntryForm</name>
    <message>
        <source>yuan, e.g. 298</source>
        <translation>元，例如 298</translation>
    </message>
    <message>
        <source>yuan taken from the balance</source>
        <translation>從餘額中扣除的金額（元）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期時間</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>使用產品</translation>
    </message>
    <message>
        <source>Skin condition</source>
        <translation>皮膚狀況</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客回饋</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Reception · treatment · result</source>
        <translation>接待 · 護理 · 效果</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>實付金額</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Taken from card</source>
        <translation>卡內扣款</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建議</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— 未詢問</translation>
    </message>
    <message>
        <source>5 · very satisfied</source>
        <translation>5 · 非常滿意</translation>
    </message>
    <message>
        <source>4 · satisfied</source>
        <translation>4 · 滿意</translation>
    </message>
    <message>
        <source>3 · neutral</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <source>2 · dissatisfied</source>
        <translation>2 · 不滿意</translation>
    </message>
    <message>
        <source>1 · very dissatisfied</source>
        <translation>1 · 非常不滿意</translation>
    </message>
    <message>
        <source>%1: —</source>
        <translation>%1：—</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>不用卡</translation>
    </message>
</context>
<context>
    <name>CareListsPanel</name>
    <message>
        <source>Birthdays in the next 7 days</source>
        <translation>7 天內過生日</translation>
    </message>
    <message>
        <source>Birthdays in the next 30 days</source>
        <translation>30 天內過生日</translation>
    </message>
    <message>
        <source>Her family&apos;s birthdays in the next 30 days</source>
        <translation>未來 30 天內家人的生日</translation>
    </message>
    <message>
        <source>Holidays in the next 30 days (customers of the last year)</source>
        <translation>未來 30 天的節日（近一年到店的顧客）</translation>
    </message>
    <message>
        <source>Anniversaries in the next 30 days (first visit, first card)</source>
        <translation>未來 30 天的紀念日（首次到店、首次辦卡）</translation>
    </message>
    <message>
        <source>Event guests who have not answered (next 30 days)</source>
        <translation>未回覆的活動來賓（未來 30 天）</translation>
    </message>
    <message>
        <source>Low satisfaction in the last 30 days, no recovery call</source>
        <translation>近 30 天低滿意度且尚無補救回訪</translation>
    </message>
    <message>
        <source>Slipping away: paying customers unlikely to come back, most valuable first</source>
        <translation>正在流失：不太可能回來的付費顧客，價值高的在前</translation>
    </message>
    <message>
        <source>Cards with one session left or expiring within 30 days</source>
        <translation>只剩一次或 30 天內到期的卡</translation>
    </message>
    <message>
        <source>Complaints without a reply past the shop&apos;s deadline</source>
        <translation>超過本店答覆期限仍未答覆的抱怨</translation>
    </message>
    <message>
        <source>Overdue customers nobody is calling</source>
        <translation>逾期未到店且無人回訪的顧客</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>所屬美容師</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Call already open</source>
        <translation>已有回訪</translation>
    </message>
    <message>
        <source>Create calls for these</source>
        <translation>為這些顧客建立回訪</translation>
    </message>
    <message>
        <source>Greeting…</source>
        <translation>問候語…</translation>
    </message>
    <message>
        <source>Export contact list…</source>
        <translation>匯出聯絡名單…</translation>
    </message>
    <message>
        <source>Listed when the retention model gives her less than this chance of coming back.</source>
        <translation>留存模型給出的回店可能低於此值時列入名單。</translation>
    </message>
    <message>
        <source>Chance under</source>
        <translation>回店可能低於</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回訪截止</translation>
    </message>
    <message>
        <source>scored %1/5 on %2</source>
        <translation>%2 評分 %1/5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3, turns %4</source>
        <translation>%1（%2）— %3，滿 %4 歲</translation>
    </message>
    <message>
        <source>%1 — turns %2</source>
        <translation>%1 — 滿 %2 歲</translation>
    </message>
    <message>
        <source>%1 (lunar birthday)</source>
        <translation>%1（農曆生日）</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) left</source>
        <translation>
            <numerusform>剩 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>usually every %1 days, </source>
        <translation>通常每 %1 天來一次，</translation>
    </message>
    <message>
        <source>%1%2 days away: %3 chance she still comes · paid %4 in 12 months</source>
        <translation>%1已 %2 天未到店：她仍會回來的可能為 %3 · 近 12 個月實付 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, open %n day(s)</source>
        <translation>
            <numerusform>%1，已 %n 天未結</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last visit %n day(s) ago</source>
        <translation>
            <numerusform>已 %n 天未到店</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through the files…</source>
        <translation>正在查詢檔案…</translation>
    </message>
    <message>
        <source>%1 listed, %2 without a call</source>
        <translation>共 %1 位，%2 位尚無回訪</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) created.</source>
        <translation>
            <numerusform>已建立 %n 個回訪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>匯出聯絡名單</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>場合</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>問候語</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 位顧客寫入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLogListModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>實付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客回饋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作廢：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>CareLogPage</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>儲存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <source>New care log entry</source>
        <translation>新建護理日誌</translation>
    </message>
    <message>
        <source>Unsaved care log entry</source>
        <translation>護理日誌未儲存</translation>
    </message>
    <message>
        <source>The care log entry you are writing is not saved. Close anyway?</source>
        <translation>正在填寫的護理日誌尚未儲存。仍要關閉嗎？</translation>
    </message>
    <message>
        <source>Stop correcting this entry? Your changes are not saved.</source>
        <translation>放棄修改這條日誌？修改尚未儲存。</translation>
    </message>
    <message>
        <source>Clear the form? What you typed is not saved.</source>
        <translation>清空表單？已輸入的內容尚未儲存。</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表單</translation>
    </message>
    <message>
        <source>Check this entry</source>
        <translation>請核對這條記錄</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在別處修改</translation>
    </message>
    <message>
        <source>Someone else corrected or voided this entry after you opened it. Open it again from the list to see the saved version.</source>
        <translation>在你開啟後，有人修改或作廢了這條日誌。請從列表重新開啟，檢視已儲存的內容。</translation>
    </message>
    <message>
        <source>Saved the correction to %1&apos;s entry.</source>
        <translation>已儲存對 %1 護理日誌的修改。</translation>
    </message>
    <message>
        <source>Logged %1&apos;s care session.</source>
        <translation>已記錄 %1 的護理。</translation>
    </message>
    <message>
        <source>The visit is dated %1, more than a year ago.</source>
        <translation>到店日期是 %1，已超過一年。</translation>
    </message>
    <message>
        <source>The amount paid is %1.</source>
        <translation>實付金額為 %1。</translation>
    </message>
    <message>
        <source>Save it as it is?</source>
        <translation>仍按此儲存嗎？</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>未儲存：請檢視紅色提示。</translation>
    </message>
    <message>
        <source>Correcting %1&apos;s entry of %2</source>
        <translation>正在修改 %1 於 %2 的護理日誌</translation>
    </message>
    <message>
        <source>Entry voided; it stays in the log marked void.</source>
        <translation>日誌已作廢，仍保留在記錄中並標為作廢。</translation>
    </message>
</context>
<context>
    <name>CareTexts</name>
    <message>
        <source>Choose the customer: type her name, initials or phone digits.</source>
        <translation>請選擇顧客：輸入姓名、拼音首字母或手機號碼。</translation>
    </message>
    <message>
        <source>An entry stays with its customer; void it and log it for her.</source>
        <translation>日誌不能轉給其他顧客；請作廢後為正確的顧客重新記錄。</translation>
    </message>
    <message>
        <source>Enter the date and time of the treatment.</source>
        <translation>請輸入護理的日期和時間。</translation>
    </message>
    <message>
        <source>The treatment cannot be in the future.</source>
        <translation>護理時間不能晚於現在。</translation>
    </message>
    <message>
        <source>Choose the beautician.</source>
        <translation>請選擇美容師。</translation>
    </message>
    <message>
        <source>Tick at least one service item.</source>
        <translation>請至少勾選一個服務項目。</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>滿意度為 1 到 5。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <source>Type an amount in yuan, such as 298 or 298.50.</source>
        <translation>請輸入以元為單位的金額，例如 298 或 298.50。</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>請填寫原因。</translation>
    </message>
    <message>
        <source>Name the card or choose its service item.</source>
        <translation>請填寫卡名或選擇服務項目。</translation>
    </message>
    <message>
        <source>A session card has 1 to 999 sessions.</source>
        <translation>次卡的次數為 1 到 999。</translation>
    </message>
    <message>
        <source>Enter the value loaded on the card.</source>
        <translation>請輸入儲值金額。</translation>
    </message>
    <message>
        <source>Enter a purchase date that is not in the future.</source>
        <translation>購買日期不能晚於今天。</translation>
    </message>
    <message>
        <source>The card cannot expire before it was bought.</source>
        <translation>到期日不能早於購買日期。</translation>
    </message>
    <message>
        <source>Choose the kind of card.</source>
        <translation>請選擇卡的類型。</translation>
    </message>
    <message>
        <source>This card has paid for visits; void those entries first.</source>
        <translation>這張卡已用於護理；請先作廢那些日誌。</translation>
    </message>
    <message>
        <source>This card belongs to another customer.</source>
        <translation>這張卡屬於其他顧客。</translation>
    </message>
    <message>
        <source>This card was voided.</source>
        <translation>這張卡已作廢。</translation>
    </message>
    <message>
        <source>The card was bought after this visit.</source>
        <translation>這張卡是在這次護理之後購買的。</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>這張卡已過期。</translation>
    </message>
    <message>
        <source>No sessions are left on this card.</source>
        <translation>這張卡已沒有剩餘次數。</translation>
    </message>
    <message>
        <source>The card&apos;s balance is less than this amount.</source>
        <translation>卡內餘額不足。</translation>
    </message>
    <message>
        <source>Enter how much to take from the card&apos;s balance.</source>
        <translation>請輸入從卡內餘額扣除的金額。</translation>
    </message>
    <message>
        <source>This card was sold for use in another shop only.</source>
        <translation>這張卡只能在售卡的門店使用。</translation>
    </message>
    <message>
        <source>Overdue visit</source>
        <translation>久未到店</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Check after treatment</source>
        <translation>護理後回訪</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <source>Complaint sign-off</source>
        <translation>抱怨籤核</translation>
    </message>
    <message>
        <source>Card nearly used or expiring</source>
        <translation>卡項將用完或到期</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>節日問候</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>紀念日</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>活動邀請</translation>
    </message>
    <message>
        <source>Low satisfaction: call back</source>
        <translation>低滿意度：回訪補救</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>護理</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Expectation: —</source>
        <translation>期望：—</translation>
    </message>
    <message>
        <source>Better than expected</source>
        <translation>好於期望</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>符合期望</translation>
    </message>
    <message>
        <source>Worse than expected</source>
        <translation>低於期望</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>質量問題</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Industry review</source>
        <translation>行業評議</translation>
    </message>
    <message>
        <source>Session card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>儲值卡</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Care log entry</source>
        <translation>護理日誌</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>員工帳號</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>顧客類型</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>顧客欄位</translation>
    </message>
    <message>
        <source>Family or friend</source>
        <translation>親友</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期時間</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>使用產品</translation>
    </message>
    <message>
        <source>Skin condition</source>
        <translation>皮膚狀況</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客回饋</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>實付金額</translation>
    </message>
    <message>
        <source>Taken from card</source>
        <translation>卡內扣款</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建議</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Sessions bought</source>
        <translation>購買次數</translation>
    </message>
    <message>
        <source>Value loaded</source>
        <translation>儲值金額</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>售卡人</translation>
    </message>
    <message>
        <source>%1 — %2 session(s) left</source>
        <translation>%1 — 剩餘 %2 次</translation>
    </message>
    <message>
        <source>%1 — balance %2</source>
        <translation>%1 — 餘額 %2</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>已用完</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CatalogueTable</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ChannelsView</name>
    <message>
        <source>Referrer</source>
        <translation>介紹人</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>帶來</translation>
    </message>
    <message>
        <source>Their spend</source>
        <translation>她們的消費</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>舉辦日期</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Said yes</source>
        <translation>答應</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Visited within 90 days</source>
        <translation>90 天內到店</translation>
    </message>
    <message>
        <source>Their spend in 90 days</source>
        <translation>90 天內消費</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Gained per month</source>
        <translation>每月新增</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>介紹最多</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消費</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>人均消費</translation>
    </message>
    <message>
        <source>Still came 6 months on</source>
        <translation>6 個月後仍來</translation>
    </message>
    <message>
        <source>Still came 12 months on</source>
        <translation>12 個月後仍來</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) gained in the period.</source>
        <translation>
            <numerusform>本期新增 %n 位顧客。</numerusform>
        </translation>
    </message>
    <message>
        <source>The most spend came through %1.</source>
        <translation>消費最多的渠道：%1。</translation>
    </message>
    <message>
        <source>Brought by %1</source>
        <translation>%1 帶來的顧客</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation>參加了 %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>The shop&apos;s rule</source>
        <translation>按本店規則</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>最近 180 天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>最近 24 個月</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>時間範圍</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>所屬美容師</translation>
    </message>
    <message>
        <source>Visit frequency groups</source>
        <translation>到店頻率分組</translation>
    </message>
    <message>
        <source>Consumption psychology</source>
        <translation>消費心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Customer traits</source>
        <translation>顧客特徵</translation>
    </message>
    <message>
        <source>Psychology × frequency group</source>
        <translation>消費心理 × 頻率分組</translation>
    </message>
    <message>
        <source>Personality × frequency group</source>
        <translation>性格 × 頻率分組</translation>
    </message>
    <message>
        <source>Traits × frequency group</source>
        <translation>特徵 × 頻率分組</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>每月到店次數</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>每月新顧客</translation>
    </message>
    <message>
        <source>Spend per customer (yuan)</source>
        <translation>每位顧客的消費（元）</translation>
    </message>
    <message>
        <source>Value groups</source>
        <translation>價值分組</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>顧客生命週期階段</translation>
    </message>
    <message>
        <source>Shops side by side</source>
        <translation>各門店對比</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>尚未分類</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>%1, not overdue</source>
        <translation>%1（未逾期）</translation>
    </message>
    <message>
        <source>Darker: overdue against her own rhythm</source>
        <translation>深色：按本人節奏已逾期</translation>
    </message>
    <message>
        <source>Visits counted over the last %1 days. %2 of %3 customers are overdue.</source>
        <translation>按最近 %1 天的到店統計。%3 位顧客中有 %2 位逾期未到店。</translation>
    </message>
    <message>
        <source>%1 customers are not yet classified.</source>
        <translation>還有 %1 位顧客尚未分類。</translation>
    </message>
    <message>
        <source>A customer with several types is counted in each: %1 customers, %2 counted.</source>
        <translation>有多個類型的顧客在每個類型中各計一次：共 %1 位顧客，計 %2 次。</translation>
    </message>
    <message>
        <source>customers who came in %1</source>
        <translation>%1 到店的顧客</translation>
    </message>
    <message>
        <source>new in %1</source>
        <translation>%1 的新顧客</translation>
    </message>
    <message>
        <source>Click a month to list the customers who came in it.</source>
        <translation>點選某個月份，列出當月到店的顧客。</translation>
    </message>
    <message>
        <source>A customer is new in the month of her first visit.</source>
        <translation>顧客首次到店的月份記為新顧客月份。</translation>
    </message>
    <message>
        <source>High value (top 20%)</source>
        <translation>高價值（前 20%）</translation>
    </message>
    <message>
        <source>Middle value (next 30%)</source>
        <translation>中價值（其後 30%）</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低價值</translation>
    </message>
    <message>
        <source>No spend</source>
        <translation>無消費</translation>
    </message>
    <message>
        <source>Top 20% of customers: %1% of revenue</source>
        <translation>前 20% 的顧客貢獻了 %1% 的收入</translation>
    </message>
    <message>
        <source>Paid in the last %1 days (visits and cards), largest first; %2 paid nothing.</source>
        <translation>最近 %1 天的實付（到店與購卡），從高到低；%2 位顧客沒有消費。</translation>
    </message>
    <message>
        <source>Every customer on file by where she is with the shop (%1 in all).</source>
        <translation>按與本店關係的階段統計全部建檔顧客（共 %1 位）。</translation>
    </message>
    <message>
        <source>The top 20% of paying customers brought %1% of revenue over the last %2 days.</source>
        <translation>最近 %2 天，前 20% 的付費顧客貢獻了 %1% 的收入。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>無法儲存 %1</translation>
    </message>
</context>
<context>
    <name>ComplaintCountsView</name>
    <message>
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>By service gap</source>
        <translation>按服務差距</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服務差距</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Complaints per month, by cause</source>
        <translation>每月抱怨（按原因）</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Complaint — %1</source>
        <translation>抱怨 — %1</translation>
    </message>
    <message>
        <source>Record a complaint — %1</source>
        <translation>記錄抱怨 — %1</translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— 尚未處理</translation>
    </message>
    <message>
        <source>— no service item</source>
        <translation>— 無服務項目</translation>
    </message>
    <message>
        <source>— no visit</source>
        <translation>— 不關聯到店記錄</translation>
    </message>
    <message>
        <source>An earlier visit</source>
        <translation>較早的一次到店</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>已答覆於</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>（儲存時編號）</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>表單編號</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服務差距</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>相關到店</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>Save form as PDF…</source>
        <translation>儲存表單為 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Open for %n day(s): handle it today.</source>
        <translation>
            <numerusform>已 %n 天未結：請今天處理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服務差距</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客反映</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>處理經過</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Customer feedback handling form</source>
        <translation>顧客資訊處理表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>籤核</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印於</translation>
    </message>
    <message>
        <source>Save form as PDF</source>
        <translation>儲存表單為 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>無法寫入 %1，請換一個資料夾。</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message>
        <source>Cause: not classified</source>
        <translation>原因：未分類</translation>
    </message>
    <message>
        <source>Our process or system</source>
        <translation>本店流程或制度</translation>
    </message>
    <message>
        <source>A staff member&apos;s behaviour</source>
        <translation>員工行為</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Customer expectation</source>
        <translation>顧客期望</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Gap: not classified</source>
        <translation>差距：未分類</translation>
    </message>
    <message>
        <source>Promotion gap</source>
        <translation>宣傳差距</translation>
    </message>
    <message>
        <source>Understanding gap</source>
        <translation>理解差距</translation>
    </message>
    <message>
        <source>Procedure gap</source>
        <translation>程序差距</translation>
    </message>
    <message>
        <source>Behaviour gap</source>
        <translation>行為差距</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>感受差距</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前臺</translation>
    </message>
    <message>
        <source>Technical / quality</source>
        <translation>技術 / 品質</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>店長</translation>
    </message>
    <message>
        <source>The first reply cannot come before it was received.</source>
        <translation>首次答覆不能早於受理日期。</translation>
    </message>
    <message>
        <source>The first reply cannot be in the future.</source>
        <translation>首次答覆不能是將來的日期。</translation>
    </message>
    <message>
        <source>Choose one of her own visits.</source>
        <translation>請選擇她本人的到店記錄。</translation>
    </message>
    <message>
        <source>Unknown sign-off step.</source>
        <translation>未知的籤核步驟。</translation>
    </message>
    <message>
        <source>Sign the earlier steps first.</source>
        <translation>請先完成前面的籤核步驟。</translation>
    </message>
    <message>
        <source>Choose who signs.</source>
        <translation>請選擇簽名人。</translation>
    </message>
    <message>
        <source>The manager&apos;s step is signed by a manager.</source>
        <translation>店長一欄須由店長籤核。</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future.</source>
        <translation>籤核日期不能是將來。</translation>
    </message>
    <message>
        <source>A signature cannot come before the complaint was received.</source>
        <translation>籤核日期不能早於受理日期。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <source>Handle…</source>
        <translation>處理…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A complaint without a reply after this many days is shown in red.</source>
        <translation>超過這麼多天仍未答覆的抱怨以紅色顯示。</translation>
    </message>
    <message>
        <source>Not closed (any day)</source>
        <translation>未結案（不限日期）</translation>
    </message>
    <message>
        <source>All in the period</source>
        <translation>本期全部</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>顯示全部</translation>
    </message>
    <message>
        <source>First reply within</source>
        <translation>首次答覆期限</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>未結天數</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>%1 shown; %2 without a reply after %3 days</source>
        <translation>顯示 %1 條；%2 條超過 %3 天未答覆</translation>
    </message>
    <message>
        <source>%1 received · %2 not closed · %3 answered, in %4 days on average, %5 late · %6 waiting past the deadline</source>
        <translation>受理 %1 條 · 未結案 %2 條 · 已答覆 %3 條，平均 %4 天，逾期答覆 %5 條 · 超期未答覆 %6 條</translation>
    </message>
    <message>
        <source>Showing %1 — show all</source>
        <translation>正在顯示：%1 — 顯示全部</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>By cause</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <source>By service gap</source>
        <translation>按服務差距</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服務差距</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>%1 received, %2 answered (in %3 days on average, %4 late), %5 waiting.</source>
        <translation>受理 %1 條，已答覆 %2 條（平均 %3 天，逾期 %4 條），超期未答覆 %5 條。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 saved %2&apos;s file at %3, after you opened it. Nothing of yours is saved yet. Keeping your changes saves them on top of theirs: a field only they changed keeps their value.</source>
        <translation>在您開啟之後，%1 於 %3 儲存了 %2 的檔案。您的修改尚未儲存。保留您的修改會把它們儲存在對方的修改之上：只有對方改過的欄位保持對方的內容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您開啟時</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>%1 的修改</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的修改</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>（未改）</translation>
    </message>
    <message>
        <source>Red rows were changed by both of you; keeping your changes keeps yours there.</source>
        <translation>紅色行雙方都改過；保留您的修改時，這些欄位用您的內容。</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <source>Drop my changes</source>
        <translation>放棄我的修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
</context>
<context>
    <name>CustomerContextPanel</name>
    <message>
        <source>Cards</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Last care notes</source>
        <translation>最近護理記錄</translation>
    </message>
    <message>
        <source>Open follow-ups and complaints</source>
        <translation>未完成的回訪與投訴</translation>
    </message>
    <message>
        <source>Choose a customer to see her file here.</source>
        <translation>選擇顧客後，這裡顯示她的檔案。</translation>
    </message>
    <message>
        <source>more…</source>
        <translation>展開…</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>過敏與禁忌</translation>
    </message>
    <message>
        <source>No cards.</source>
        <translation>沒有卡項。</translation>
    </message>
    <message>
        <source>No care notes yet.</source>
        <translation>還沒有護理記錄。</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>沒有未完成事項。</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>膚質</translation>
    </message>
    <message>
        <source>not yet classified</source>
        <translation>尚未分類</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>皮膚</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>She said</source>
        <translation>回饋</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建議</translation>
    </message>
    <message>
        <source>Call due %1 (%2), %3</source>
        <translation>回訪 %1 到期（%2），%3</translation>
    </message>
    <message>
        <source>Complaint since %1 (%2): %3</source>
        <translation>投訴 自 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>膚質</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>消費心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已歸檔）</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer: last 4 phone digits, name or initials</source>
        <translation>顧客：手機尾號 4 位、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>尚未到店</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>沒有匹配的顧客。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search: name, pinyin initials (zhm), or phone digits (last 4)</source>
        <translation>搜尋：姓名、拼音首字母（zhm）或手機尾號</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>顯示已歸檔</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建顧客(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤銷修改</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>歸檔</translation>
    </message>
    <message>
        <source>&amp;Log a visit</source>
        <translation>記錄護理(&amp;L)</translation>
    </message>
    <message>
        <source>All customers on file (%1)</source>
        <translation>全部在檔顧客（%1）</translation>
    </message>
    <message>
        <source>The list as shown (%1)</source>
        <translation>當前列表（%1）</translation>
    </message>
    <message>
        <source>Only %1&apos;s file</source>
        <translation>僅 %1 的檔案</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer file</source>
        <translation>新建顧客檔案</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已歸檔）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>This number is already on %1&apos;s file.</source>
        <translation>該號碼已登記在 %1 的檔案中。</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未儲存：請修改標紅的欄目。</translation>
    </message>
    <message>
        <source>#%1 · %2 · last visit %3</source>
        <translation>#%1 · %2 · 最近到店 %3</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>無電話</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>Saved %1&apos;s file.</source>
        <translation>已儲存 %1 的檔案。</translation>
    </message>
    <message>
        <source>Archive %1&apos;s file? It leaves the list but nothing is deleted; tick Show archived to find it and restore it.</source>
        <translation>歸檔 %1 的檔案？檔案將從列表中隱藏，但不會刪除；勾選「顯示已歸檔」即可找回並恢復。</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>歸檔顧客</translation>
    </message>
    <message>
        <source>Archived %1&apos;s file.</source>
        <translation>已歸檔 %1 的檔案。</translation>
    </message>
    <message>
        <source>Restored %1&apos;s file.</source>
        <translation>已恢復 %1 的檔案。</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>This PC&apos;s own file (one shop, one PC)</source>
        <translation>本機自己的資料檔案（單店、單臺電腦）</translation>
    </message>
    <message>
        <source>A server (several PCs or shops)</source>
        <translation>伺服器（多臺電腦或多家門店）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>A server that is not this PC is reached over TLS only (encrypted); the password is kept in this PC&apos;s credential store, never in a file.</source>
        <translation>不在本機的伺服器只通過 TLS（加密）連線；密碼儲存在本機的憑據儲存中，從不寫入檔案。</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>已連線：PostgreSQL %1。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未能連線：%1</translation>
    </message>
    <message>
        <source>This PC has no credential store, so the password cannot be kept: it will be asked for at each start.</source>
        <translation>本機沒有憑據儲存，無法儲存密碼：每次啟動時會詢問密碼。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Care log entry</source>
        <translation>護理日誌</translation>
    </message>
    <message>
        <source>&amp;Correct this entry</source>
        <translation>修改這條日誌(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作廢(&amp;V)…</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改記錄</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation>%1 作廢：%2</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>作廢日誌</translation>
    </message>
    <message>
        <source>Why is this entry wrong? It stays in the log marked void, and any card session it used is given back.</source>
        <translation>這條日誌為什麼有誤？它會保留在記錄中並標為作廢，所用的卡次會退回。</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Customer: name, initials, phone</source>
        <translation>顧客：姓名、首字母、手機</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>顯示已作廢</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 條日誌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新建活動</translation>
    </message>
    <message>
        <source>e.g. a year-end thank-you party</source>
        <translation>例如：年終答謝會</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀請</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>會來</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到場</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新建活動(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Invite the customers listed on Customer files</source>
        <translation>邀請顧客檔案列表中的顧客(&amp;I)</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>可能來</translation>
    </message>
    <message>
        <source>Not coming</source>
        <translation>不來</translation>
    </message>
    <message>
        <source>She came</source>
        <translation>已到場</translation>
    </message>
    <message>
        <source>Make an event, then invite customers to it.</source>
        <translation>先新建活動，再邀請顧客。</translation>
    </message>
    <message>
        <source>%1 invited, %2 coming, %3 came</source>
        <translation>已邀請 %1 位，%2 位會來，%3 位到場</translation>
    </message>
    <message numerus="yes">
        <source>Invite the %n customer(s) listed on Customer files to %1?</source>
        <translation>
            <numerusform>邀請顧客檔案列表中的 %n 位顧客參加%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>%1 invited; %2 on the list already; %3 left out (no consent).</source>
        <translation>已邀請 %1 位；%2 位已在名單中；%3 位未邀請（未同意接收邀請）。</translation>
    </message>
</context>
<context>
    <name>ExcelTexts</name>
    <message>
        <source>Customers</source>
        <translation>顧客檔案</translation>
    </message>
    <message>
        <source>Care log</source>
        <translation>護理日誌</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨與處理</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>顧客編號</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>農曆生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Referrer&apos;s phone</source>
        <translation>推薦人電話</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>建檔時間</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Last care note on</source>
        <translation>最近護理記錄日期</translation>
    </message>
    <message>
        <source>Last care note</source>
        <translation>最近護理記錄</translation>
    </message>
    <message>
        <source>Paid, last 12 months</source>
        <translation>近 12 個月實付</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>剩餘次數</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>Frequency group</source>
        <translation>頻率分組</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Why she may be slipping away</source>
        <translation>可能流失的原因</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已歸檔</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>到店時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>使用產品</translation>
    </message>
    <message>
        <source>Skin condition</source>
        <translation>皮膚狀況</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>實付金額</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Card sessions used</source>
        <translation>劃卡次數</translation>
    </message>
    <message>
        <source>Taken from card</source>
        <translation>卡內扣款</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建議</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation>作廢原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Sessions bought</source>
        <translation>購買次數</translation>
    </message>
    <message>
        <source>Sessions used</source>
        <translation>已用次數</translation>
    </message>
    <message>
        <source>Value loaded</source>
        <translation>充值金額</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回訪截止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <source>What she said on the phone</source>
        <translation>電話中顧客所說</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完成時間</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>處理人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結案日期</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>表單編號</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服務差距</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答覆</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>匯出顧客到 Excel</translation>
    </message>
    <message>
        <source>Which customers?</source>
        <translation>匯出哪些顧客？</translation>
    </message>
    <message>
        <source>Only customers who agreed to offers and greetings</source>
        <translation>僅限同意接收優惠與問候的顧客</translation>
    </message>
    <message>
        <source>Tick this for a list used to send offers or greetings.</source>
        <translation>用於傳送優惠或問候的名單時請勾選。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>儲存為</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>該資料夾不存在。</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在寫入工作簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>已匯出 %n 位顧客到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>匯出已取消，沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>無法寫入檔案：%1</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Group heading</source>
        <translation>分組標題</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Fields the shop adds to every customer file. A choice field lists its choices separated by commas; choice and yes/no fields can filter the customer list. A hidden field leaves the form and exports; what was filled in is kept.</source>
        <translation>本店為每份顧客檔案新增的欄位。選項欄位的選項用逗號或頓號分隔；選項欄位和是/否欄位可用來篩選顧客列表。隱藏的欄位不再出現在檔案和匯出中，已填寫的內容仍會保留。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選項</translation>
    </message>
</context>
<context>
    <name>FileSidePanel</name>
    <message>
        <source>Visits</source>
        <translation>到店記錄</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Complaints and calls</source>
        <translation>抱怨與回訪</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>親友</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改記錄</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>My calls</source>
        <translation>我的回訪</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>團隊概覽</translation>
    </message>
    <message>
        <source>Care lists</source>
        <translation>關懷名單</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>FrequencyPage</name>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>規則…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>匯出到 Excel…</translation>
    </message>
    <message>
        <source>Assign follow-up calls… (Ctrl+Shift+A)</source>
        <translation>分配回訪… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <source>Visits in window</source>
        <translation>期內到店次數</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>通常間隔（天）</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>未到店天數</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Why she may be slipping away</source>
        <translation>可能流失的原因</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>所屬美容師</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>消費心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <source>Spend in window</source>
        <translation>期內消費</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>未完成回訪</translation>
    </message>
    <message>
        <source>Chance she comes back</source>
        <translation>回來的可能</translation>
    </message>
    <message>
        <source>Visits expected, 90 days</source>
        <translation>90 天內預計到店</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部分組</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Counting every customer&apos;s visits…</source>
        <translation>正在統計每位顧客的到店…</translation>
    </message>
    <message>
        <source>Everyone: %1</source>
        <translation>全部：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <source>%1 shown, %2 selected</source>
        <translation>顯示 %1 位，已選 %2 位</translation>
    </message>
    <message>
        <source>Select the customers to call first.</source>
        <translation>請先選擇要回訪的顧客。</translation>
    </message>
    <message>
        <source>All customers on file (%1)</source>
        <translation>全部在檔顧客（%1）</translation>
    </message>
    <message>
        <source>The customers shown (%1)</source>
        <translation>當前顯示的顧客（%1）</translation>
    </message>
    <message>
        <source>The selected ones (%1)</source>
        <translation>所選顧客（%1）</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Greeting</source>
        <translation>問候語</translation>
    </message>
    <message>
        <source>Blanks filled in for each customer: {name}, {occasion}, {date}, {years}, {age}, {relative}, {shop}.</source>
        <translation>為每位顧客填入的空位：{name}（姓名）、{occasion}（場合）、{date}（日期）、{years}（年數）、{age}（年齡）、{relative}（家人）、{shop}（店名）。</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>給 %1：%2</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <source>The check after opening found the database damaged, and there is no sound backup. Nothing more will be saved to it; ask for help before going on.</source>
        <translation>開啟後的檢查發現數據庫已損壞，而且沒有完好的備份。之後不會再向它儲存任何內容；請先尋求幫助再繼續使用。</translation>
    </message>
    <message>
        <source>The check after opening found the database damaged. Nothing more will be saved to it. Ask the store manager to restore the newest sound backup.</source>
        <translation>開啟後的檢查發現數據庫已損壞。之後不會再向它儲存任何內容。請店長恢復最新的完好備份。</translation>
    </message>
    <message>
        <source>The check after opening found the database damaged, so nothing more will be saved to it. Restore the newest sound backup, taken %1 with %2 customers? The damaged file is kept beside it.</source>
        <translation>開啟後的檢查發現數據庫已損壞，之後不會再向它儲存任何內容。要恢復最新的完好備份嗎？（備份於 %1，共 %2 位顧客）損壞的檔案會保留在旁邊。</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>No customer code or phone</source>
        <translation>沒有顧客編號或電話</translation>
    </message>
    <message>
        <source>Only a name: tick “find her by name” to match it</source>
        <translation>只有姓名：勾選「按姓名查詢」才能匹配</translation>
    </message>
    <message>
        <source>Several files have this name: add her code or phone</source>
        <translation>有多份檔案同名：請補上她的編號或電話</translation>
    </message>
    <message>
        <source>Not a date in the order chosen</source>
        <translation>按所選順序不是有效日期</translation>
    </message>
    <message>
        <source>Choose how the dates are written</source>
        <translation>請選擇日期的寫法</translation>
    </message>
    <message>
        <source>A visit in the future</source>
        <translation>到店日期在未來</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>不是有效金額</translation>
    </message>
    <message>
        <source>No service item</source>
        <translation>沒有服務項目</translation>
    </message>
    <message>
        <source>Nothing left on the card</source>
        <translation>卡內已無剩餘</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>不是有效的電話號碼</translation>
    </message>
    <message>
        <source>The name is too long</source>
        <translation>姓名太長</translation>
    </message>
    <message>
        <source>it would unpack to more than this computer should hold (%1)</source>
        <translation>解壓後會超出這臺電腦能容納的大小（%1）</translation>
    </message>
    <message>
        <source>its sheet claims far more cells than it holds (%1 cells)</source>
        <translation>其工作表聲稱的單元格遠多於實際內容（%1 個單元格）</translation>
    </message>
    <message>
        <source>the reader stopped on it: it is damaged or claims a huge sheet</source>
        <translation>讀取程式在此檔案上停止：檔案已損壞，或聲稱有一張極大的工作表</translation>
    </message>
    <message>
        <source>reading it took too long, so it was stopped</source>
        <translation>讀取耗時過長，已停止</translation>
    </message>
    <message>
        <source>%1 files on record have this name</source>
        <translation>已有 %1 份同名檔案</translation>
    </message>
    <message>
        <source>Another new customer in this file has this name</source>
        <translation>本檔案中另一位新顧客同名</translation>
    </message>
    <message>
        <source>A file of her own is made: check it is not the same person</source>
        <translation>將新建她的檔案：請核對是否為同一人</translation>
    </message>
    <message>
        <source>Walk-in client: %1 rows</source>
        <translation>散客：%1 行</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不匯入</translation>
    </message>
    <message>
        <source>Not on file: %1 rows</source>
        <translation>本店沒有：%1 行</translation>
    </message>
    <message>
        <source>Created, inactive</source>
        <translation>新建（停用狀態）</translation>
    </message>
    <message>
        <source>Left empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>作為 %1</translation>
    </message>
    <message>
        <source>%1 visits of %2 customers (%3 new, %8 of them possible duplicates); %4 rows refused; %5 rows of walk-in clients left out; %6 new staff and %7 new service items are created inactive.</source>
        <translation>%2 位顧客（新建 %3 位，其中 %8 位可能重複）的 %1 次到店；%4 行未通過；%5 行散客不匯入；將新建 %6 位員工和 %7 個服務項目（均為停用狀態）。</translation>
    </message>
    <message>
        <source>%1 cards to carry over; %2 already on file; %3 rows refused.</source>
        <translation>結轉 %1 張卡；%2 張已在檔；%3 行未通過。</translation>
    </message>
</context>
<context>
    <name>HistoryImportDialog</name>
    <message>
        <source>Import a visit history</source>
        <translation>匯入到店記錄</translation>
    </message>
    <message>
        <source>Import opening card balances</source>
        <translation>匯入期初卡項餘額</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>按檔案自動判斷</translation>
    </message>
    <message>
        <source>e.g. WALK_IN, 散客</source>
        <translation>例如 WALK_IN、散客</translation>
    </message>
    <message>
        <source>The amount includes them</source>
        <translation>金額已含稅</translation>
    </message>
    <message>
        <source>Add the tax columns to the amount</source>
        <translation>把稅額列加到金額上</translation>
    </message>
    <message>
        <source>Leave taxes out</source>
        <translation>不計稅額</translation>
    </message>
    <message>
        <source>Find her by name when a row has no code or phone</source>
        <translation>沒有編號或電話時按姓名查詢顧客</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>儲存報告…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>識別為</translation>
    </message>
    <message>
        <source>Could not read %1 as a spreadsheet: %2</source>
        <translation>無法把 %1 作為表格讀取：%2</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>儲存匯入報告</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>報告未能儲存：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation>已取消匯入，沒有保留任何內容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Columns found</source>
        <translation>識別出的列</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>日期寫法</translation>
    </message>
    <message>
        <source>Walk-in clients to leave out</source>
        <translation>不匯入的散客</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>稅</translation>
    </message>
    <message>
        <source>New staff are created as</source>
        <translation>新建員工的角色</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>未識別出任何列</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported %1 visits; %2 new customer files; %3 were already on file.</source>
        <translation>已匯入 %1 次到店；新建 %2 份顧客檔案；%3 次已存在。</translation>
    </message>
    <message>
        <source>%1 visits named a card she did not have or had used up: they came in without it.</source>
        <translation>有 %1 次到店所寫的卡她沒有或已用完：這些到店已匯入，但未扣卡。</translation>
    </message>
    <message>
        <source>Carried over %1 cards.</source>
        <translation>已結轉 %1 張卡。</translation>
    </message>
</context>
<context>
    <name>HistoryImportFields</name>
    <message>
        <source>Code in the old system</source>
        <translation>原系統編號</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>單號</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅額</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>使用產品</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡項</translation>
    </message>
    <message>
        <source>Card kind</source>
        <translation>卡類型</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>剩餘次數</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開卡日期</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到場</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Holiday</source>
        <translation>節日</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>曆法</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>For a Sunday of the month: which Sunday (2: the second)</source>
        <translation>當月的星期日：第幾個星期日（2 即第二個）</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>新增節日</translation>
    </message>
    <message>
        <source>Customers who came in the last 12 months and agreed to greetings are listed under Follow-up calls › Care lists for the holidays of the next 30 days.</source>
        <translation>未來 30 天內的節日，會在「回訪 › 關懷名單」中列出近 12 個月到過店並同意接收問候的顧客。</translation>
    </message>
    <message>
        <source>Fixed day</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Lunar calendar</source>
        <translation>農曆</translation>
    </message>
    <message>
        <source>A Sunday of the month</source>
        <translation>當月的星期日</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>沒有這一天</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers — %1</source>
        <translation>匯入顧客 — %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>儲存報告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>1. Which field is each column? (headers found on row %1)</source>
        <translation>1. 每一列對應哪個欄位？（表頭在第 %1 行）</translation>
    </message>
    <message>
        <source>2. Every row, checked as the form checks it</source>
        <translation>2. 逐行檢查（與檔案表單的檢查相同）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>— ignore this column</source>
        <translation>— 忽略此列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>If on file</source>
        <translation>已有檔案時</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可以匯入</translation>
    </message>
    <message>
        <source>Same phone as row %1: skipped</source>
        <translation>與第 %1 行手機號相同：跳過</translation>
    </message>
    <message>
        <source>A customer file has this phone</source>
        <translation>已有顧客檔案使用此手機號</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>Update her file</source>
        <translation>更新她的檔案</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updates, %4 with problems (not imported), %5 skipped.</source>
        <translation>共 %1 行：新建 %2，更新 %3，有問題 %4（不匯入），跳過 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n customer(s)</source>
        <translation>
            <numerusform>匯入 %n 位顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>匯入已取消，沒有任何改動。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 rows with problems.</source>
        <translation>已匯入：新建 %1，更新 %2，跳過 %3，有問題 %4 行。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Not a date this program can read (e.g. 1990-03-05).</source>
        <translation>無法識別的日期（例如 1990-03-05）。</translation>
    </message>
    <message>
        <source>Not one of the values this field allows.</source>
        <translation>不是此欄位允許的值。</translation>
    </message>
    <message>
        <source>No such type in the shop&apos;s catalogue.</source>
        <translation>本店類型目錄中沒有這個類型。</translation>
    </message>
    <message>
        <source>No staff member of that name.</source>
        <translation>沒有這個名字的員工。</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>農曆生日</translation>
    </message>
    <message>
        <source>Referrer&apos;s phone</source>
        <translation>推薦人電話</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>儲存匯入報告</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>處理</translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation>此行不匯入</translation>
    </message>
    <message>
        <source>Same phone as row %1</source>
        <translation>與第 %1 行手機號相同</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>A customer file has this phone</source>
        <translation>已有顧客檔案使用此手機號</translation>
    </message>
    <message>
        <source>Skipped unless you choose update</source>
        <translation>跳過（除非選擇更新）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未評估</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>乾性</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>油性</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>混合性</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>口碑介紹</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>老顧客推薦</translation>
    </message>
    <message>
        <source>Referred by staff</source>
        <translation>員工推薦</translation>
    </message>
    <message>
        <source>Partner business</source>
        <translation>合作商家</translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation>社群或團體</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>自行到店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前臺</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>店長</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>老闆</translation>
    </message>
    <message>
        <source>Give the shop a name: a chain tells its shops apart.</source>
        <translation>請填寫門店名稱：連鎖店要區分各家門店。</translation>
    </message>
    <message>
        <source>Another shop already has this name.</source>
        <translation>已有門店使用這個名稱。</translation>
    </message>
    <message>
        <source>Only the owner may change this.</source>
        <translation>只有老闆可以修改。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>請填寫顧客姓名。</translation>
    </message>
    <message>
        <source>The name is too long (40 characters at most).</source>
        <translation>姓名太長（最多 40 個字）。</translation>
    </message>
    <message>
        <source>A phone number has 6 to 20 digits, e.g. 021-62345678 or +852 9123 4567.</source>
        <translation>電話號碼應為 6 到 20 位數字，例如 021-62345678 或 +852 9123 4567。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1; international numbers start with +.</source>
        <translation>手機號應為以 1 開頭的 11 位數字；境外號碼以 + 開頭。</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>生日不能晚於今天。</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>請檢查出生年份。</translation>
    </message>
    <message>
        <source>A customer cannot refer herself.</source>
        <translation>顧客不能推薦自己。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>請從列表中選擇。</translation>
    </message>
    <message>
        <source>That name is already in use.</source>
        <translation>該名稱已存在。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>價格不能為負數。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>請選擇崗位。</translation>
    </message>
    <message>
        <source>Unknown catalogue.</source>
        <translation>未知的分類。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 3.5.</source>
        <translation>請輸入數字，例如 12 或 3.5。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2020-05-03.</source>
        <translation>請按年-月-日填寫日期，例如 2020-05-03。</translation>
    </message>
    <message>
        <source>Too long (200 characters at most).</source>
        <translation>內容太長（最多 200 個字）。</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>請填寫欄位名稱。</translation>
    </message>
    <message>
        <source>The order is a whole number, e.g. 3.</source>
        <translation>順序須為整數，例如 3。</translation>
    </message>
    <message>
        <source>List the choices, one per line or separated by commas.</source>
        <translation>請列出選項，每行一個或用逗號分隔。</translation>
    </message>
    <message>
        <source>Customers have values in this field, so its kind cannot change.</source>
        <translation>已有顧客填寫了此欄位，不能再更改其類型。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他電話</translation>
    </message>
    <message>
        <source>Code in the old system</source>
        <translation>原系統編號</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Interests and hobbies</source>
        <translation>興趣愛好</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>膚質</translation>
    </message>
    <message>
        <source>Skin concerns</source>
        <translation>皮膚問題</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>過敏與禁忌</translation>
    </message>
    <message>
        <source>Referral channel</source>
        <translation>顧客來源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <source>Brought by staff member</source>
        <translation>介紹她來的員工</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>What she asked about</source>
        <translation>諮詢內容</translation>
    </message>
    <message>
        <source>Referral details</source>
        <translation>來源說明</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收營銷資訊</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Consumption psychology</source>
        <translation>消費心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Customer traits</source>
        <translation>顧客特徵</translation>
    </message>
    <message>
        <source>Further types and traits</source>
        <translation>其他類型與特徵</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation>專屬美容師</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建檔</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>歸檔</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>清除個人資訊</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>再次回訪</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>設定了 PIN 碼</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 碼錯誤</translation>
    </message>
    <message>
        <source>Locked after wrong PINs</source>
        <translation>多次輸錯 PIN 碼已鎖定</translation>
    </message>
    <message>
        <source>Exported to Excel</source>
        <translation>匯出到 Excel</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet</source>
        <translation>從表格匯入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>已撤銷匯入</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>Named on another file</source>
        <translation>被另一份檔案列為親友</translation>
    </message>
    <message>
        <source>No longer named on another file</source>
        <translation>不再被另一份檔案列為親友</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Sister or brother</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回覆</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>會來</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>可能來</translation>
    </message>
    <message>
        <source>not coming</source>
        <translation>不來</translation>
    </message>
    <message>
        <source>Potential (on file, no visit)</source>
        <translation>潛在顧客（已建檔，未到店）</translation>
    </message>
    <message>
        <source>Aware (enquired)</source>
        <translation>知曉顧客（已諮詢）</translation>
    </message>
    <message>
        <source>New (first visit)</source>
        <translation>行動顧客（首次到店）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活躍顧客</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常客</translation>
    </message>
    <message>
        <source>Advocate (brings others)</source>
        <translation>種子顧客（帶來新客）</translation>
    </message>
    <message>
        <source>Vanity</source>
        <translation>虛榮型</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>歸屬型</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>恐懼型</translation>
    </message>
    <message>
        <source>Keeping-up</source>
        <translation>攀比型</translation>
    </message>
    <message>
        <source>Impulsive</source>
        <translation>衝動型</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被動型</translation>
    </message>
    <message>
        <source>Novelty-seeking</source>
        <translation>求新立異型</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>比較型</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>嘗試型</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>夥伴型</translation>
    </message>
    <message>
        <source>Loner</source>
        <translation>孤獨型</translation>
    </message>
    <message>
        <source>Indecisive</source>
        <translation>優柔寡斷型</translation>
    </message>
    <message>
        <source>Loss-averse</source>
        <translation>患得患失型</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>討價還價型</translation>
    </message>
    <message>
        <source>Proud</source>
        <translation>自負自傲型</translation>
    </message>
    <message>
        <source>Irritable</source>
        <translation>暴躁型</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>冷漠型</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>理智型</translation>
    </message>
    <message>
        <source>Straightforward</source>
        <translation>直爽型</translation>
    </message>
    <message>
        <source>Easy-going</source>
        <translation>隨性型</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>複合型</translation>
    </message>
    <message>
        <source>Wants to feel special and admired: praise her and make her feel distinct from other customers.</source>
        <translation>希望被重視和讚美：多稱讚她，讓她感到與眾不同。</translation>
    </message>
    <message>
        <source>Trusts the shop and her beautician and takes advice: repay the trust with even better service.</source>
        <translation>信任店鋪和美容師，願意聽取建議：以更好的服務回報這份信任。</translation>
    </message>
    <message>
        <source>Afraid of being cheated, often before a first purchase: build a friendship first, sell later.</source>
        <translation>擔心上當受騙，常見於首次消費前：先交朋友，再談銷售。</translation>
    </message>
    <message>
        <source>Buys what her peers have: show what customers like her chose.</source>
        <translation>看別人買什麼就想買什麼：介紹與她相似的顧客的選擇。</translation>
    </message>
    <message>
        <source>Buys on discounts and crowds: invite her to promotions and events.</source>
        <translation>容易因優惠和熱鬧而購買：邀請她參加促銷和活動。</translation>
    </message>
    <message>
        <source>Hesitant and afraid to choose wrong: be patient, give real cases, never rush her.</source>
        <translation>猶豫不決，怕選錯：耐心講解，用真實案例說話，切勿催促。</translation>
    </message>
    <message>
        <source>Wants what is new and stylish, cares about brand and packaging: match the brand&apos;s story to her.</source>
        <translation>追求新潮時尚，看重品牌和包裝：用品牌故事契合她的身份。</translation>
    </message>
    <message>
        <source>Compares effects and prices across shops: find her gaps in knowledge and fill them with expertise.</source>
        <translation>會在多家店比較效果和價格：找出她不瞭解的地方，用專業知識補足。</translation>
    </message>
    <message>
        <source>Buys rarely and wants to try first: explain professionally, confirm results after each session.</source>
        <translation>很少購買，喜歡先體驗：專業講解，每次護理後確認效果。</translation>
    </message>
    <message>
        <source>Comes with friends and asks their opinion: find the leader of the group and win her.</source>
        <translation>常與朋友同來並徵求意見：找到小團體中的意見領袖，贏得她的認可。</translation>
    </message>
    <message>
        <source>Independent, dislikes interference: serve attentively, show cases and data.</source>
        <translation>獨立，不喜歡被打擾：細心服務，用案例和資料說話。</translation>
    </message>
    <message>
        <source>Cannot make up her mind: narrow the choice to two, recommend one clearly and help her decide.</source>
        <translation>拿不定主意：把選擇縮小到兩個，明確推薦其中一個，幫她下決心。</translation>
    </message>
    <message>
        <source>Worries about losing out: explain the guarantee and what each session brings, and confirm progress often.</source>
        <translation>怕吃虧：講清保障和每次護理帶來的效果，常與她確認進展。</translation>
    </message>
    <message>
        <source>Always asks for a better price: stress value over price, offer a small gift instead of a discount.</source>
        <translation>總想壓價：強調價值而不是價格，用小禮品代替打折。</translation>
    </message>
    <message>
        <source>Proud of what she knows: listen, praise her taste and let her feel the choice is hers.</source>
        <translation>自視甚高：多傾聽，稱讚她的品味，讓她覺得是自己做的選擇。</translation>
    </message>
    <message>
        <source>Quick to anger: stay calm, never argue, act at once on what she asks.</source>
        <translation>容易發火：保持冷靜，絕不爭辯，對她的要求立即行動。</translation>
    </message>
    <message>
        <source>Cool and distant: keep it short and professional, let results speak, warm up slowly.</source>
        <translation>冷淡疏遠：簡短專業，用效果說話，慢慢拉近距離。</translation>
    </message>
    <message>
        <source>Decides by facts: give data, ingredients and real before-and-after cases.</source>
        <translation>憑事實做決定：提供資料、成分和真實的前後對比案例。</translation>
    </message>
    <message>
        <source>Says what she thinks: be direct and honest, give a clear answer and price.</source>
        <translation>有話直說：直接坦誠，給出明確的答覆和價格。</translation>
    </message>
    <message>
        <source>Goes with her mood: make each visit pleasant, suggest rather than sell.</source>
        <translation>隨心情而定：讓每次到店都愉快，多建議、少推銷。</translation>
    </message>
    <message>
        <source>Shows several traits: read her mood on the day and follow the strategy of the trait she shows.</source>
        <translation>兼有多種特徵：看她當天的狀態，按她表現出的特徵應對。</translation>
    </message>
    <message>
        <source>Choose how tiers are earned.</source>
        <translation>請選擇層級的劃分方式。</translation>
    </message>
    <message>
        <source>Keep one to six tiers.</source>
        <translation>請保留一到六個層級。</translation>
    </message>
    <message>
        <source>A share of the spenders is between 1 and 100 (%).</source>
        <translation>消費顧客的比例須在 1 到 100（%）之間。</translation>
    </message>
    <message>
        <source>An amount is 0 or more.</source>
        <translation>金額須為 0 或以上。</translation>
    </message>
    <message>
        <source>Each tier must be harder to reach than the one below it.</source>
        <translation>每個層級的門檻須高於下一層級。</translation>
    </message>
    <message>
        <source>Write a number, e.g. 20 or 3000.</source>
        <translation>請填寫數字，例如 20 或 3000。</translation>
    </message>
    <message>
        <source>Give the tier a name.</source>
        <translation>請為層級命名。</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>請為節日命名。</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>請為活動命名。</translation>
    </message>
    <message>
        <source>Choose the event&apos;s day.</source>
        <translation>請選擇活動日期。</translation>
    </message>
    <message>
        <source>There is no such day (a month has at most 31 days, a lunar month 30).</source>
        <translation>沒有這一天（一個月最多 31 天，農曆月最多 30 天）。</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高價值</translation>
    </message>
    <message>
        <source>Middle value</source>
        <translation>中價值</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低價值</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Salon Desk</source>
        <translation>美容院顧客檔案</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>顧客檔案</translation>
    </message>
    <message>
        <source>Care log</source>
        <translation>護理日誌</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>到店頻率</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回訪</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨與處理</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建顧客(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export customers to Excel…</source>
        <translation>匯出顧客到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>從表格匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>撤銷上一次匯入(&amp;U)…</translation>
    </message>
    <message>
        <source>S&amp;witch staff…</source>
        <translation>切換員工(&amp;W)…</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>設定 PIN 碼(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;rase this customer&apos;s personal data…</source>
        <translation>清除該顧客的個人資訊(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;history of the shop…</source>
        <translation>全店修改記錄(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>從備份恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Salon Desk will show in %1 from its next start.</source>
        <translation>下次啟動後，Salon Desk 將以%1顯示。</translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation>未選擇員工</translation>
    </message>
    <message>
        <source>On duty: %1 (%2)</source>
        <translation>當前員工：%1（%2）</translation>
    </message>
    <message>
        <source>Saved. Salon Desk uses the new database from its next start.</source>
        <translation>已儲存。下次啟動時 Salon Desk 將使用新的資料庫。</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>匯入顧客</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>表格檔案 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Could not read %1 as a spreadsheet: %2</source>
        <translation>無法把 %1 作為表格讀取：%2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>PIN 碼已儲存。</translation>
    </message>
    <message>
        <source>Open her file first, then erase her personal data.</source>
        <translation>請先開啟她的檔案，再清除個人資訊。</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data for good? Her name, phone, birthday, address, notes and what she said at visits are wiped and cannot be brought back; her visits and amounts stay in the figures as an anonymous customer.</source>
        <translation>確定永久清除 %1 的個人資訊？她的姓名、電話、生日、地址、備註和到店時的回饋都將被清除且無法恢復；她的到店次數和消費金額將以匿名顧客的身份保留在統計中。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除個人資訊</translation>
    </message>
    <message>
        <source>Her personal data is erased; the file is now #%1.</source>
        <translation>她的個人資訊已清除；該檔案現為 #%1。</translation>
    </message>
    <message>
        <source>Restored the copy taken %1.</source>
        <translation>已恢復 %1 的備份。</translation>
    </message>
</context>
<context>
    <name>ModelView</name>
    <message>
        <source>P(alive) is the chance that a customer is still one of ours and will come again, judged from how often she has come and how long she has been away — a customer who came every two weeks and has been away two months is less likely back than one who comes twice a year.</source>
        <translation>P(alive)（仍活躍機率）是顧客仍是本店顧客、還會再來的可能性，依據她來得多勤、離開了多久來判斷——每兩週來一次卻已兩個月沒來的顧客，比一年來兩次的顧客更可能不再回來。</translation>
    </message>
    <message>
        <source>Repeat visits before the check</source>
        <translation>檢驗前的回頭次數</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>實際到店</translation>
    </message>
    <message>
        <source>Visits expected</source>
        <translation>預計到店</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Fitted on</source>
        <translation>擬合日期</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回頭客</translation>
    </message>
    <message>
        <source>In use?</source>
        <translation>是否採用</translation>
    </message>
    <message>
        <source>Fit again now</source>
        <translation>立即重新擬合</translation>
    </message>
    <message>
        <source>The model is fitted again on each shop&apos;s whole history every day; the figures on the lists come from these fits.</source>
        <translation>模型每天按各門店的全部歷史重新擬合；各列表中的數字都來自這些擬合。</translation>
    </message>
    <message>
        <source>Expected and made</source>
        <translation>預計與實際</translation>
    </message>
    <message>
        <source>Check on the last months</source>
        <translation>近幾個月的檢驗</translation>
    </message>
    <message>
        <source>The fit</source>
        <translation>擬合結果</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Retention model</source>
        <translation>留存模型</translation>
    </message>
    <message>
        <source>Not fitted yet: press “Fit again now”.</source>
        <translation>尚未擬合：請按「立即重新擬合」。</translation>
    </message>
    <message>
        <source>Fitting each shop&apos;s whole history…</source>
        <translation>正在按各門店的全部歷史擬合…</translation>
    </message>
    <message>
        <source>Fitted again just now.</source>
        <translation>剛剛已重新擬合。</translation>
    </message>
    <message>
        <source>Could not fit again; the fits below stay in use.</source>
        <translation>未能重新擬合；下面的擬合繼續使用。</translation>
    </message>
    <message>
        <source>The model fits this shop&apos;s history (%1 customers, %2 came back): its figures can be used.</source>
        <translation>模型與本店歷史相符（%1 位顧客，%2 位回頭）：其數字可以採用。</translation>
    </message>
    <message>
        <source>No visits have been recorded lately: the model waits for the shop&apos;s current visits. Until then, the overdue rule stays in use.</source>
        <translation>近來沒有記錄任何到店：模型要等本店當前的到店記錄。在此之前，仍按逾期規則判斷。</translation>
    </message>
    <message>
        <source>Not enough history yet: %1 months, %2 returning customers. Until there is, the overdue rule stays in use.</source>
        <translation>歷史還不夠：%1 個月，%2 位回頭客。在此之前仍按逾期規則。</translation>
    </message>
    <message>
        <source>The model does not fit this shop&apos;s history: it cannot tell who stops coming. The overdue rule stays in use.</source>
        <translation>模型與本店歷史不符：無法判斷誰不再來。仍按逾期規則。</translation>
    </message>
    <message>
        <source>History up to</source>
        <translation>歷史截至</translation>
    </message>
    <message>
        <source>Fitted on the days before</source>
        <translation>擬合所用：此日之前</translation>
    </message>
    <message>
        <source>Customers who came back</source>
        <translation>回頭顧客</translation>
    </message>
    <message>
        <source>Not back in the last %1 days</source>
        <translation>最近 %1 天未回來</translation>
    </message>
    <message>
        <source>α (days)</source>
        <translation>α（天）</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>對數似然</translation>
    </message>
    <message>
        <source>Picking out those not back: by P(alive)</source>
        <translation>找出未回來的顧客：按 P(alive)</translation>
    </message>
    <message>
        <source>… by the visits expected of her</source>
        <translation>… 按預計到店次數</translation>
    </message>
    <message>
        <source>… by the overdue rule (days away / allowed)</source>
        <translation>… 按逾期規則（離店天數 / 允許天數）</translation>
    </message>
    <message>
        <source>… by overdue yes/no</source>
        <translation>… 按是否逾期</translation>
    </message>
    <message>
        <source>(0.5 is a coin toss, 1 picks them all)</source>
        <translation>（0.5 等於擲硬幣，1 為全部找出）</translation>
    </message>
    <message>
        <source>Repeat visits after a customer&apos;s first visit</source>
        <translation>首次到店後的回頭次數</translation>
    </message>
    <message>
        <source>Expected by the model</source>
        <translation>模型預計</translation>
    </message>
    <message>
        <source>Made (customers that old)</source>
        <translation>實際（同樣店齡的顧客）</translation>
    </message>
    <message>
        <source>Days after her first visit</source>
        <translation>首次到店後的天數</translation>
    </message>
    <message>
        <source>%1 repeat visits before the check</source>
        <translation>檢驗前回頭 %1 次</translation>
    </message>
</context>
<context>
    <name>MyCallsPanel</name>
    <message>
        <source>Why? —</source>
        <translation>原因：—</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客怎麼說</translation>
    </message>
    <message>
        <source>Try again in</source>
        <translation>再次回訪：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Record outcome (Ctrl+Enter)</source>
        <translation>記錄結果 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open her file</source>
        <translation>開啟顧客檔案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · Upcoming: %3</source>
        <translation>已逾期：%1 · 今天到期：%2 · 即將到期：%3</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2</source>
        <translation>已記錄：%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Another call is due in %n day(s).</source>
        <translation>
            <numerusform>%n 天后再次回訪。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccasionTexts</name>
    <message>
        <source>Spring Festival</source>
        <translation>春節</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵節</translation>
    </message>
    <message>
        <source>Women&apos;s Day</source>
        <translation>三八婦女節</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>母親節</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋節</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重陽節</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>聖誕節</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Everyone at {shop} wishes you a lovely year.</source>
        <translation>{name}，生日快樂！{shop}全體同仁祝您美麗每一年。</translation>
    </message>
    <message>
        <source>{name}, happy birthday to {relative} from all of us at {shop}!</source>
        <translation>{name}，{shop}祝{relative}生日快樂！</translation>
    </message>
    <message>
        <source>{name}, {shop} wishes you a happy {occasion}!</source>
        <translation>{name}，{shop}祝您{occasion}快樂！</translation>
    </message>
    <message>
        <source>{name}, thank you for {years} year(s) with {shop}!</source>
        <translation>{name}，感謝您 {years} 年來對{shop}的信任與陪伴！</translation>
    </message>
    <message>
        <source>{name}, you are warmly invited to {occasion} on {date}. — {shop}</source>
        <translation>{name}，誠邀您於 {date} 參加{occasion}。——{shop}</translation>
    </message>
    <message>
        <source>Anniversary of her first card</source>
        <translation>首次辦卡紀念日</translation>
    </message>
    <message>
        <source>Anniversary of her first visit</source>
        <translation>首次到店紀念日</translation>
    </message>
    <message>
        <source>Family birthday</source>
        <translation>家人生日</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>our salon</source>
        <translation>本店</translation>
    </message>
</context>
<context>
    <name>OfflineWatch</name>
    <message>
        <source>The server cannot be reached: the screens show what was read before. Trying again…</source>
        <translation>連不上伺服器：螢幕上顯示的是之前讀取的內容。正在重試…</translation>
    </message>
</context>
<context>
    <name>OnlyTheseBar</name>
    <message>
        <source>Show everyone</source>
        <translation>顯示全部顧客</translation>
    </message>
    <message>
        <source>From the charts: %1</source>
        <translation>來自圖表：%1</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>最近三個月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定義</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 碼不一致。</translation>
    </message>
    <message>
        <source>A manager&apos;s PIN has at least 6 characters.</source>
        <translation>店長的 PIN 碼至少 6 位。</translation>
    </message>
    <message>
        <source>A PIN has at least 4 characters.</source>
        <translation>PIN 碼至少 4 位。</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>設定 PIN 碼</translation>
    </message>
    <message>
        <source>For</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>New PIN (4 or more characters, 6 for a manager)</source>
        <translation>新 PIN 碼（至少 4 位，店長至少 6 位）</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>再輸一次</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>11-digit mobile, or +country code</source>
        <translation>11 位手機號，或 + 國家區號</translation>
    </message>
    <message>
        <source>Her number in the previous system</source>
        <translation>她在原系統中的編號</translation>
    </message>
    <message>
        <source>A second mobile or a landline</source>
        <translation>第二個手機號或座機</translation>
    </message>
    <message>
        <source>Before her first visit: what she wanted</source>
        <translation>首次到店前她想了解什麼</translation>
    </message>
    <message>
        <source>e.g. 1990-05-03</source>
        <translation>例如 1990-05-03</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>公曆</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>農曆</translation>
    </message>
    <message>
        <source>Type her name or phone</source>
        <translation>輸入推薦人姓名或電話</translation>
    </message>
    <message>
        <source>e.g. the partner bank or gym</source>
        <translation>例如合作的銀行或健身房</translation>
    </message>
    <message>
        <source>Agrees to receive offers and greetings</source>
        <translation>同意接收優惠和節日問候</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <source>Only staff who may see full numbers can change it.</source>
        <translation>只有可檢視完整號碼的員工才能修改。</translation>
    </message>
    <message>
        <source>Write the lunar date as year-month-day, e.g. 1965-3-5 (闰 before a leap month); that day must exist in that lunar year.</source>
        <translation>請按「年-月-日」填寫農曆日期，例如 1965-3-5（閏月在月份前加「閏」）；該日須在那一農曆年中存在。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
        <translation>請按 年-月-日 填寫，例如 1990-05-03。</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions.</source>
        <translation>請從下拉建議中選擇顧客。</translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation>
            <numerusform>%n 歲</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>生於 %1，%2</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <source>Save the changes to %1&apos;s file?</source>
        <translation>是否儲存對 %1 檔案的修改？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放棄修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
    <message>
        <source>There is already a file for %1:
%2
Is this a different customer?</source>
        <translation>已有 %1 的檔案：
%2
這是另一位顧客嗎？</translation>
    </message>
    <message>
        <source>Same name already on file</source>
        <translation>已有同名顧客</translation>
    </message>
    <message>
        <source>Yes, a different customer: save</source>
        <translation>是另一位顧客，儲存</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>開啟已有檔案</translation>
    </message>
    <message>
        <source>This phone number is already on %1&apos;s file. Save anyway?</source>
        <translation>該手機號已登記在 %1 的檔案中。仍要儲存嗎？</translation>
    </message>
    <message>
        <source>Phone number already on file</source>
        <translation>手機號已存在</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然儲存</translation>
    </message>
    <message>
        <source>Open her file</source>
        <translation>開啟她的檔案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>顧客檔案</translation>
    </message>
    <message>
        <source>Visit history (one row per visit or receipt line)</source>
        <translation>到店記錄（每次到店或每行小票一行）</translation>
    </message>
    <message>
        <source>Opening card balances (期初余额)</source>
        <translation>期初卡項餘額</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>這個檔案裡是什麼？</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Change a family member or friend</source>
        <translation>修改家人或朋友</translation>
    </message>
    <message>
        <source>Add a family member or friend</source>
        <translation>新增家人或朋友</translation>
    </message>
    <message>
        <source>If she is a customer: her name or phone</source>
        <translation>如果她也是顧客：輸入姓名或電話</translation>
    </message>
    <message>
        <source>e.g. 2012-09-01</source>
        <translation>例如 2012-09-01</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>本店顧客</translation>
    </message>
    <message>
        <source>Or her name</source>
        <translation>或填寫姓名</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions.</source>
        <translation>請從建議清單中選擇顧客。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2012-09-01.</source>
        <translation>請按年-月-日填寫日期，例如 2012-09-01。</translation>
    </message>
    <message>
        <source>She cannot be her own relation.</source>
        <translation>不能把她自己列為親友。</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>Relation</source>
        <translation>關係</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Comes with</source>
        <translation>結伴來店</translation>
    </message>
    <message>
        <source>leads the group</source>
        <translation>帶頭人</translation>
    </message>
    <message>
        <source>Visits together</source>
        <translation>一起來店次數</translation>
    </message>
    <message>
        <source>Last together</source>
        <translation>最近一起來店</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>家人與朋友</translation>
    </message>
    <message>
        <source>She leads the group she comes with.</source>
        <translation>她是結伴來店這一群人的帶頭人。</translation>
    </message>
    <message>
        <source>%1 leads the group she comes with: work through her.</source>
        <translation>%1 是她們這群人的帶頭人：透過她來維繫。</translation>
    </message>
    <message>
        <source>Remove %1 from her family and friends?</source>
        <translation>把 %1 從她的家人與朋友中刪除？</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The reports are for the store manager.</source>
        <translation>報表僅供店長檢視。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A lapsed customer not back within this many days counts as lost.</source>
        <translation>流失後這麼多天內未回來的顧客算作已流失。</translation>
    </message>
    <message>
        <source>Lost after</source>
        <translation>判定流失</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>圖片…</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message>
        <source>Save report to Excel</source>
        <translation>儲存報表為 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Save report as a picture</source>
        <translation>儲存報表為圖片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>無法儲存 %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily, on opening</source>
        <translation>每日開啟時</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手動備份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢復前</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>資料庫升級前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>備份時間</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客數</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restoring replaces everything on file with the chosen copy. The database as it is now is backed up first, so this too can be undone.</source>
        <translation>恢復會用所選備份替換全部檔案。恢復前會先備份當前資料庫，因此這一步也可以撤銷。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Replace everything on file with the copy taken %1? Changes made since then will be gone from the files (they stay in the backup taken now).</source>
        <translation>確定用 %1 的備份替換全部檔案？此後的修改將從檔案中消失（它們會保留在現在生成的備份中）。</translation>
    </message>
    <message>
        <source>This copy was not used, nothing changed: %1</source>
        <translation>未使用這份備份，沒有任何改動：%1</translation>
    </message>
    <message>
        <source>Restored the copy taken %1.</source>
        <translation>已恢復 %1 的備份。</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Why she declined</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>回訪數</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Lapsed per month</source>
        <translation>每月流失</translation>
    </message>
    <message>
        <source>Declined calls</source>
        <translation>拒絕的回訪</translation>
    </message>
    <message>
        <source>Retention and loss</source>
        <translation>留存與流失</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>整個期間</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>期初在冊</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>老客回店</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>逾期未歸</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>風險營收</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>流失營收</translation>
    </message>
    <message>
        <source>%1 on the books at the start; %2 came, %3 of them new. %4 lapsed (%5 lost: not back within %6 days). Revenue at risk %7, lost %8.</source>
        <translation>期初在冊 %1 位；到店 %2 位，其中新客 %3 位。逾期未歸 %4 位（其中 %5 位已流失：%6 天內未回來）。風險營收 %7，流失營收 %8。</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Lapsed, may come back</source>
        <translation>逾期未歸，可能回來</translation>
    </message>
    <message>
        <source>Customers who lapsed each month</source>
        <translation>每月逾期未歸的顧客</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Count visits over the last (days)</source>
        <translation>統計最近多少天的到店（天）</translation>
    </message>
    <message>
        <source>Key customer from (visits in that time)</source>
        <translation>重點顧客：期內到店至少（次）</translation>
    </message>
    <message>
        <source>Potential customer from (visits in that time)</source>
        <translation>潛力顧客：期內到店至少（次）</translation>
    </message>
    <message>
        <source>New customer: fewer visits than (all within the window)</source>
        <translation>新顧客：到店次數少於（且都在統計期內）</translation>
    </message>
    <message>
        <source>Overdue after her usual interval ×</source>
        <translation>逾期：超過通常間隔的倍數</translation>
    </message>
    <message>
        <source>Her own rhythm from (visits ever)</source>
        <translation>按本人節奏判斷：累計到店至少（次）</translation>
    </message>
    <message>
        <source>Usual interval before that (days)</source>
        <translation>在此之前的店內通常間隔（天）</translation>
    </message>
    <message>
        <source>Advocate from (customers she brought in)</source>
        <translation>種子顧客：介紹來店的顧客至少（位）</translation>
    </message>
    <message>
        <source>Visit-frequency rules</source>
        <translation>到店頻率規則</translation>
    </message>
</context>
<context>
    <name>SatisfactionView</name>
    <message>
        <source>By beautician</source>
        <translation>按美容師</translation>
    </message>
    <message>
        <source>By service item</source>
        <translation>按服務項目</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>到店時間</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顧客反映</translation>
    </message>
    <message>
        <source>Double-click a line to see the visits behind it.</source>
        <translation>雙擊一行，檢視其中的到店記錄。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Scored visits</source>
        <translation>評分次數</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>%1 scored visits, average %2.</source>
        <translation>評分 %1 次，平均 %2。</translation>
    </message>
    <message>
        <source>Scores per month</source>
        <translation>每月評分</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s)</source>
        <translation>
            <numerusform>%1：%n 次到店</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeNote</name>
    <message>
        <source>These settings are the chain&apos;s: every shop uses them, except a shop that set its own.</source>
        <translation>這些是全連鎖的設定：各門店都使用，自行設定過的門店除外。</translation>
    </message>
    <message>
        <source>These settings are this shop&apos;s own: the other shops keep theirs.</source>
        <translation>這些是本店自己的設定：其他門店保持各自的設定。</translation>
    </message>
</context>
<context>
    <name>SellCardDialog</name>
    <message>
        <source>Sell a card</source>
        <translation>售卡</translation>
    </message>
    <message>
        <source>— none (name it below)</source>
        <translation>— 無（在下方填寫卡名）</translation>
    </message>
    <message>
        <source>e.g. Hydrating facial × 10 (empty: from the item)</source>
        <translation>例如：補水護理 × 10（留空則按項目命名）</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>卡名</translation>
    </message>
    <message>
        <source>Sessions bought</source>
        <translation>購買次數</translation>
    </message>
    <message>
        <source>Value loaded (yuan)</source>
        <translation>儲值金額（元）</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>實付金額（元）</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>購買日期</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Usable in every shop</source>
        <translation>各門店通用</translation>
    </message>
</context>
<context>
    <name>ServiceItemTable</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>價格（元）</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時長（分鐘）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
</context>
<context>
    <name>ServiceStatusBox</name>
    <message>
        <source>Service status</source>
        <translation>服務現狀</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首次到店</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Paid, last 12 months</source>
        <translation>近 12 個月實付</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>顧客階段</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Brought in</source>
        <translation>介紹來店</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>回店可能</translation>
    </message>
    <message>
        <source>%1 chance · about %2 visits in the next 90 days</source>
        <translation>可能性 %1 · 未來 90 天約到店 %2 次</translation>
    </message>
    <message>
        <source>about %1 visits in the next 90 days</source>
        <translation>未來 90 天約到店 %1 次</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暫無</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s): %1</source>
        <translation>
            <numerusform>%n 位顧客：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>came</source>
        <translation>已到場</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Phones hidden from</source>
        <translation>對以下角色隱藏電話</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留備份份數</translation>
    </message>
    <message>
        <source>Monthly backups kept (months)</source>
        <translation>按月保留備份（月數）</translation>
    </message>
    <message>
        <source>Visit-frequency rules</source>
        <translation>到店頻率規則</translation>
    </message>
    <message>
        <source>Days to a complaint&apos;s first reply</source>
        <translation>抱怨首次答覆期限（天）</translation>
    </message>
    <message>
        <source>Low satisfaction at or below</source>
        <translation>低滿意度界限</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>All customers on file: %1</source>
        <translation>全部顧客：%1</translation>
    </message>
    <message>
        <source>Chosen customers: %1</source>
        <translation>所選顧客：%1</translation>
    </message>
    <message>
        <source>Marketing list: %1</source>
        <translation>營銷名單：%1</translation>
    </message>
    <message>
        <source>import no. %1</source>
        <translation>第 %1 次匯入</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 not imported</source>
        <translation>新增 %1，更新 %2，跳過 %3，未匯入 %4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Consumption psychology</source>
        <translation>消費心理</translation>
    </message>
    <message>
        <source>Personality types</source>
        <translation>性格類型</translation>
    </message>
    <message>
        <source>Customer traits</source>
        <translation>顧客特徵</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>顧客欄位</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>節日</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>門店</translation>
    </message>
    <message>
        <source>Language, privacy and backups</source>
        <translation>語言、隱私與備份</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
</context>
<context>
    <name>ShopChoice</name>
    <message>
        <source>Whose customers the lists, groups and charts show</source>
        <translation>列表、分組和圖表顯示哪家門店的顧客</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>全部門店</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>A number, e.g. 12 or 3.5</source>
        <translation>數字，例如 12 或 3.5</translation>
    </message>
    <message>
        <source>e.g. 2020-05-03</source>
        <translation>例如 2020-05-03</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部顧客</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>價值</translation>
    </message>
</context>
<context>
    <name>ShopPicker</name>
    <message>
        <source>Which shop is this PC in?</source>
        <translation>這臺電腦在哪家門店？</translation>
    </message>
    <message>
        <source>Visits, cards, calls and complaints entered on this PC are recorded as this shop&apos;s.</source>
        <translation>在這臺電腦上登記的到店、卡項、回訪和投訴都記在這家門店。</translation>
    </message>
    <message>
        <source>This PC is in</source>
        <translation>這臺電腦所在門店</translation>
    </message>
</context>
<context>
    <name>ShopSettingsTab</name>
    <message>
        <source>They see customers&apos; numbers as 138****5678 and cannot change them; search by the last four digits still works. A manager always sees them.</source>
        <translation>她們看到的顧客號碼顯示為 138****5678，且不能修改；按後四位搜尋仍然可用。店長始終可以看到完整號碼。</translation>
    </message>
    <message>
        <source>The newest copies are kept, plus the last copy of every month for as many months as chosen.</source>
        <translation>保留最新的若干份備份，另外在所選月數內每月保留最後一份。</translation>
    </message>
    <message>
        <source>For this PC only; shown from the next start.</source>
        <translation>僅對本機有效，下次啟動時生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Hide phone numbers from</source>
        <translation>對以下角色隱藏電話號碼</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留備份份數</translation>
    </message>
    <message>
        <source>Monthly copies for (months)</source>
        <translation>按月保留（月數）</translation>
    </message>
</context>
<context>
    <name>ShopsChart</name>
    <message>
        <source>Each shop&apos;s customers: her home shop, or a visit there within the window; a customer of two shops counts in both. %1 overdue in all.</source>
        <translation>各門店的顧客：所屬門店為該店，或在統計期內到過該店；同時屬於兩家門店的顧客在兩家都計入。共 %1 位超期未到店。</translation>
    </message>
</context>
<context>
    <name>ShopsTab</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已關店</translation>
    </message>
    <message>
        <source>Visits, cards, calls and complaints entered on this PC are recorded as this shop&apos;s.</source>
        <translation>在這臺電腦上登記的到店、卡項、回訪和投訴都記在這家門店。</translation>
    </message>
    <message>
        <source>This PC is in</source>
        <translation>這臺電腦所在門店</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>籤核</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <source>— not signed</source>
        <translation>— 未籤核</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Who is using Salon Desk?</source>
        <translation>誰在使用本系統？</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Your PIN (6 or more characters)</source>
        <translation>你的 PIN 碼（至少 6 位）</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>再輸一次</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <source>A manager&apos;s account needs a PIN: choose yours now.</source>
        <translation>店長帳號必須設定 PIN 碼：請現在設定。</translation>
    </message>
    <message>
        <source>Welcome. Enter your name to create the first account (the store manager).</source>
        <translation>歡迎使用。請輸入您的姓名，建立第一個帳戶（店長）。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Wrong PINs on your account</source>
        <translation>你的帳號有人輸錯 PIN 碼</translation>
    </message>
    <message>
        <source>Since you last signed in, someone typed a wrong PIN for your account %1 time(s). If it was not you, choose a new PIN (File &gt; Set a PIN).</source>
        <translation>自你上次登入以來，有人為你的帳號輸錯了 %1 次 PIN 碼。如果不是你本人，請更換 PIN 碼（檔案 &gt; 設定 PIN 碼）。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again after %1.</source>
        <translation>PIN 碼錯誤次數過多，請在 %1 之後再試。</translation>
    </message>
    <message>
        <source>This account is no longer active.</source>
        <translation>該帳號已停用。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 碼錯誤。</translation>
    </message>
</context>
<context>
    <name>StaffTable</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>崗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Customers brought in</source>
        <translation>介紹來店的顧客</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>By beautician</source>
        <translation>按美容師</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容師</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次數</translation>
    </message>
    <message>
        <source>Customers served</source>
        <translation>服務顧客數</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均評分</translation>
    </message>
    <message>
        <source>Takings at her visits</source>
        <translation>服務收款</translation>
    </message>
    <message>
        <source>Her customers</source>
        <translation>負責顧客</translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation>逾期比例</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>當前逾期</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>完成回訪</translation>
    </message>
    <message>
        <source>Cards sold</source>
        <translation>售卡數</translation>
    </message>
    <message>
        <source>Cards&apos; takings</source>
        <translation>售卡金額</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>%1 visits by %2 staff members; overdue counted as of %3.</source>
        <translation>%2 位員工共服務 %1 次；逾期按 %3 計算。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database was written by a newer version of Salon Desk (schema %1; this version understands up to %2). Nothing was changed. Install the newer version to open it.</source>
        <translation>該資料庫由更新版本的程式建立（結構版本 %1，本版本最高支援 %2）。資料庫未做任何改動。請安裝新版本後再開啟。</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>無法開啟資料庫：%1</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved (everything saved before is safe). Free some space, for example empty the recycle bin, and save again.</source>
        <translation>磁碟已滿，剛才的修改沒有儲存（之前儲存的內容都安全）。請騰出一些空間（例如清空回收站）後再儲存。</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing can be saved. Ask whoever looks after this PC to allow writing to it.</source>
        <translation>資料庫檔案或其所在資料夾是隻讀的，無法儲存任何內容。請負責這臺電腦的人開放寫入許可權。</translation>
    </message>
    <message>
        <source>Another program is holding the database. The last change was not saved; try again in a moment.</source>
        <translation>另一個程式正在佔用資料庫。剛才的修改沒有儲存，請稍後再試。</translation>
    </message>
    <message>
        <source>The database cannot be reached (a missing folder, a disconnected drive or a disk error). Nothing was changed.</source>
        <translation>無法訪問資料庫（資料夾不存在、磁碟已斷開或磁碟出錯）。沒有任何改動。</translation>
    </message>
    <message>
        <source>The database is damaged. Nothing more is saved to it; restore the newest sound backup from the File menu.</source>
        <translation>資料庫已損壞，之後不會再向它儲存任何內容；請從「檔案」選單恢復最新的完好備份。</translation>
    </message>
    <message>
        <source>The server refused this PC&apos;s user name or password. Check them in Settings &gt; Database (or with whoever runs the server); nothing was changed.</source>
        <translation>伺服器拒絕了本機的使用者名稱或密碼。請在「設定 &gt; 資料庫」中檢查（或詢問伺服器的管理員）；沒有做任何更改。</translation>
    </message>
    <message>
        <source>The server cannot be reached (the network, or the server itself). The last change was not saved and is still on the screen; save again when the connection is back. Lists shown may be out of date until then.</source>
        <translation>連不上伺服器（網路或伺服器本身的問題）。剛才的修改沒有儲存，仍在螢幕上；連線恢復後請再儲存一次。在此之前，顯示的列表可能不是最新的。</translation>
    </message>
    <message>
        <source>Only the store manager may do this. Nothing was changed.</source>
        <translation>只有店長可以執行此操作。未做任何修改。</translation>
    </message>
    <message>
        <source>Something went wrong: %1
Your saved data is safe. Details are in the log file.</source>
        <translation>程式出錯：%1
已儲存的資料是安全的。詳細資訊見日誌檔案。</translation>
    </message>
    <message>
        <source>The database is damaged and there is no sound backup. Nothing was changed; ask for help before using it again.</source>
        <translation>資料庫已損壞，且沒有完好的備份。未做任何改動；請先尋求幫助再使用。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore the newest sound backup, taken %1 with %2 customers? The damaged file is kept beside it, not overwritten.</source>
        <translation>資料庫已損壞。要恢復最新的完好備份嗎？（備份於 %1，共 %2 位顧客）損壞的檔案會保留在旁邊，不會被覆蓋。</translation>
    </message>
    <message>
        <source>Salon Desk</source>
        <translation>Salon Desk</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>Bringing this shop&apos;s file up to the new version of Salon Desk. This happens once; a large chain&apos;s file takes a minute or two. A copy of the file is kept first.</source>
        <translation>正在把本店的檔案升級到新版美容院顧客檔案。只需一次；連鎖店的大檔案要一兩分鐘。升級前會先儲存一份副本。</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Done this week</source>
        <translation>本週完成</translation>
    </message>
    <message>
        <source>Cancel selected calls…</source>
        <translation>取消所選回訪…</translation>
    </message>
    <message>
        <source>Reassign selected calls</source>
        <translation>轉交所選回訪</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>轉交給</translation>
    </message>
    <message>
        <source>No open calls.</source>
        <translation>沒有未完成的回訪。</translation>
    </message>
    <message>
        <source>Open calls of %1</source>
        <translation>%1 的未完成回訪</translation>
    </message>
    <message>
        <source>Select the calls to hand over first.</source>
        <translation>請先選擇要轉交的回訪。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handed to %1.</source>
        <translation>
            <numerusform>已將 %n 個回訪轉交給 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the calls to cancel first.</source>
        <translation>請先選擇要取消的回訪。</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n call(s)? They stay in her history as cancelled.</source>
        <translation>
            <numerusform>取消 %n 個回訪？它們會以「已取消」留在顧客記錄中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel calls</source>
        <translation>取消回訪</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) cancelled.</source>
        <translation>
            <numerusform>已取消 %n 個回訪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the store manager may hand over or cancel a colleague&apos;s calls. Nothing was changed.</source>
        <translation>只有店長可以轉交或取消同事的回訪。沒有任何改動。</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Add a tier</source>
        <translation>新增層級</translation>
    </message>
    <message>
        <source>Remove the tier</source>
        <translation>刪除該層級</translation>
    </message>
    <message>
        <source>Tiers by</source>
        <translation>劃分依據</translation>
    </message>
    <message>
        <source>Rank among the customers who paid in the last 12 months</source>
        <translation>在近 12 個月消費顧客中的排名</translation>
    </message>
    <message>
        <source>Paid in the last 12 months</source>
        <translation>近 12 個月實付</translation>
    </message>
    <message>
        <source>Left on her stored-value cards</source>
        <translation>儲值卡餘額</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Down to the top % of spenders</source>
        <translation>排名至前 %（消費顧客）</translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation>起點（元）</translation>
    </message>
    <message>
        <source>Highest tier first. Each tier takes the spenders ranked down to its share, counted from the top: 20, then 50, then 100 is the top fifth, the next 30% and the rest. Customers who paid nothing have no tier.</source>
        <translation>最高層級在前。每個層級包括從最高起排名到其比例為止的消費顧客：20、50、100 即前五分之一、其後的 30% 和其餘顧客。沒有消費的顧客不分層級。</translation>
    </message>
    <message>
        <source>Highest tier first. A customer is in the first tier whose amount she reaches; below the last, she has no tier (a last tier from 0 takes everyone).</source>
        <translation>最高層級在前。顧客屬於她達到金額的第一個層級；低於最後一級則不分層級（最後一級從 0 起則包括所有人）。</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>第 %1 層級：%2</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>Not yet classified</source>
        <translation>尚未分類</translation>
    </message>
</context>
<context>
    <name>TypeTable</name>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Serving strategy</source>
        <translation>服務策略</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>A customer may have several of these types</source>
        <translation>一位顧客可同時屬於其中幾種</translation>
    </message>
    <message>
        <source>Unticked, her file offers one; a customer who already has several keeps them until her file is saved again.</source>
        <translation>不勾選時，檔案只能選一個；已有多個類型的顧客會保留它們，直到她的檔案再次儲存。</translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message>
        <source>%1 customer files</source>
        <translation>%1 份顧客檔案</translation>
    </message>
    <message>
        <source>%1 care-log entries</source>
        <translation>%1 條護理記錄</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 張卡</translation>
    </message>
    <message>
        <source>%1 staff members</source>
        <translation>%1 名員工</translation>
    </message>
    <message>
        <source>%1 service items</source>
        <translation>%1 個服務項目</translation>
    </message>
    <message>
        <source>%1 files it changed get back what they held before</source>
        <translation>被它修改的 %1 份檔案恢復原樣</translation>
    </message>
    <message>
        <source>Uses what it brought: %1</source>
        <translation>使用了匯入的內容：%1</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo the last import</source>
        <translation>撤銷上一次匯入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤銷這次匯入(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>沒有可撤銷的匯入。</translation>
    </message>
    <message>
        <source>The last import: %1, %2 by %3.</source>
        <translation>上一次匯入：%1，%2，操作人 %3。</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令列</translation>
    </message>
    <message>
        <source>Checking whether anyone has worked on what it brought…</source>
        <translation>正在檢查匯入的內容之後是否有人改動…</translation>
    </message>
    <message>
        <source>It was cut short before it finished (the program or the computer stopped): part of the file is in. Undo it, then import the file again.</source>
        <translation>這次匯入未完成就中斷了（程式或電腦停止執行）：檔案只匯入了一部分。請撤銷它，再重新匯入該檔案。</translation>
    </message>
    <message>
        <source>It cannot be undone: what it brought has been worked on since (below). Undo that work first, or correct the imported records by hand.</source>
        <translation>無法撤銷：匯入的內容之後已有人改動（見下表）。請先撤銷這些改動，或手動更正匯入的記錄。</translation>
    </message>
    <message>
        <source>Undoing it removes:
%1
A backup is taken first.</source>
        <translation>撤銷將刪除：
%1
撤銷前會先做一次備份。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤銷匯入…</translation>
    </message>
    <message>
        <source>The import of %1 is undone.</source>
        <translation>已撤銷 %1 的匯入。</translation>
    </message>
</context>
<context>
    <name>UnknownNames</name>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>檔案中的名稱</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行數</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>在本店</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服務項目</translation>
    </message>
    <message>
        <source>Create it (inactive)</source>
        <translation>新建（停用狀態）</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>作為 %1</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>%1 entries, newest first. Enter opens one.</source>
        <translation>共 %1 條，最新的在前。按 Enter 鍵開啟。</translation>
    </message>
</context>
</TS>
