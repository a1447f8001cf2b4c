<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Enter the server&apos;s address (its name or IP address).</source>
        <translation>请填写服务器地址（名称或 IP 地址）。</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name on the server.</source>
        <translation>请填写服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Enter the user name the server gave this shop.</source>
        <translation>请填写服务器分配给本店的用户名。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（通常是 5432）。</translation>
    </message>
</context>
<context>
    <name>AssignCallsDialog</name>
    <message>
        <source>Assign follow-up calls</source>
        <translation>分配回访</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) to call.</source>
        <translation>
            <numerusform>共 %n 位顾客待回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>Her own beautician</source>
        <translation>她的专属美容师</translation>
    </message>
    <message>
        <source>Key customers high, others normal</source>
        <translation>重点顾客优先，其余普通</translation>
    </message>
    <message>
        <source>What to say or ask</source>
        <translation>要说或要问的内容</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访截止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) assigned.</source>
        <translation>
            <numerusform>已分配 %n 个回访。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) already had an open call for this reason.</source>
        <translation>
            <numerusform>%n 位顾客已有同一原因的未完成回访。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) did not agree to greetings: no call for them.</source>
        <translation>
            <numerusform>%n 位顾客未同意接收问候，未为她们创建回访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change history of the shop</source>
        <translation>全店修改记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The newest %1 changes; narrow the filters to see older ones.</source>
        <translation>最近 %1 条修改；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message>
        <source>%1 changes.</source>
        <translation>共 %1 条修改。</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CallTexts</name>
    <message>
        <source>Key</source>
        <translation>重点顾客</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力顾客</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进顾客</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Booked a visit</source>
        <translation>已预约到店</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>She came in</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>搬走了</translation>
    </message>
    <message>
        <source>Not happy with the result</source>
        <translation>对效果不满意</translation>
    </message>
    <message>
        <source>A staff member</source>
        <translation>对员工不满意</translation>
    </message>
    <message>
        <source>Goes to another salon</source>
        <translation>去了别家店</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>没有时间</translation>
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
        <translation>即将到期</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter or message</source>
        <translation>信件或留言</translation>
    </message>
    <message>
        <source>During a visit</source>
        <translation>到店时</translation>
    </message>
    <message>
        <source>On our follow-up call</source>
        <translation>回访时</translation>
    </message>
    <message>
        <source>Online review</source>
        <translation>网络评价</translation>
    </message>
    <message>
        <source>Media or legal</source>
        <translation>媒体或法律途径</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Say why she declined.</source>
        <translation>请选择顾客拒绝的原因。</translation>
    </message>
    <message>
        <source>Choose at least one customer.</source>
        <translation>请至少选择一位顾客。</translation>
    </message>
    <message>
        <source>Choose who makes the call.</source>
        <translation>请选择回访人。</translation>
    </message>
    <message>
        <source>The due date cannot be before today.</source>
        <translation>截止日期不能早于今天。</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>请选择原因。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>Retry within 1 to 90 days.</source>
        <translation>请在 1 到 90 天内再次回访。</translation>
    </message>
    <message>
        <source>This call was already closed by someone else.</source>
        <translation>这个回访已被其他人完成。</translation>
    </message>
    <message>
        <source>The date received cannot be in the future.</source>
        <translation>收到日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Write down what she said.</source>
        <translation>请记录顾客说了什么。</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>A closed complaint needs the date it was closed.</source>
        <translation>已结案的抱怨需要填写结案日期。</translation>
    </message>
    <message>
        <source>It cannot close before it was received.</source>
        <translation>结案日期不能早于收到日期。</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>结案日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>超出允许范围。</translation>
    </message>
    <message>
        <source>Must be lower than the key-customer threshold.</source>
        <translation>必须低于重点顾客的门槛。</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Why she declined</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访截止</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>What she said on the phone</source>
        <translation>电话中顾客所说</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>相关到店</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签核日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
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
        <translation>通常每 %1 天来一次，已 %2 天未到店</translation>
    </message>
    <message>
        <source>last visit %1 days ago</source>
        <translation>已 %1 天未到店</translation>
    </message>
    <message>
        <source>: %1 chance she still comes</source>
        <translation>：她仍会回来的可能为 %1</translation>
    </message>
    <message>
        <source>sessions left on her cards: %1</source>
        <translation>卡内剩余 %1 次</translation>
    </message>
    <message>
        <source>¥%1 left on her stored-value card</source>
        <translation>储值卡余额 ¥%1</translation>
    </message>
    <message>
        <source>her card is used up or expired</source>
        <translation>卡已用完或过期</translation>
    </message>
    <message>
        <source>complaint open since %1</source>
        <translation>%1 起有未结抱怨</translation>
    </message>
    <message>
        <source>rated her last visit %1/5</source>
        <translation>上次满意度 %1/5</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客原话</translation>
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
        <translation>回访人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a complaint…</source>
        <translation>记录抱怨…</translation>
    </message>
    <message>
        <source>Assign a call…</source>
        <translation>安排回访…</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨与处理</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Card</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Sell a card…</source>
        <translation>售卡…</translation>
    </message>
    <message>
        <source>Void card…</source>
        <translation>作废卡项…</translation>
    </message>
    <message>
        <source>Entries that used the selected card</source>
        <translation>使用所选卡项的护理日志</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Void card</source>
        <translation>作废卡项</translation>
    </message>
    <message>
        <source>Why is %1 voided? (e.g. sold by mistake)</source>
        <translation>为什么作废 %1？（例如：售错了）</translation>
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
        <translation>从余额中扣除的金额（元）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>使用产品</translation>
    </message>
    <message>
        <source>Skin condition</source>
        <translation>皮肤状况</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客反馈</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reception · treatment · result</source>
        <translation>接待 · 护理 · 效果</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Taken from card</source>
        <translation>卡内扣款</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建议</translation>
    </message>
    <message>
        <source>— not asked</source>
        <translation>— 未询问</translation>
    </message>
    <message>
        <source>5 · very satisfied</source>
        <translation>5 · 非常满意</translation>
    </message>
    <message>
        <source>4 · satisfied</source>
        <translation>4 · 满意</translation>
    </message>
    <message>
        <source>3 · neutral</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <source>2 · dissatisfied</source>
        <translation>2 · 不满意</translation>
    </message>
    <message>
        <source>1 · very dissatisfied</source>
        <translation>1 · 非常不满意</translation>
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
        <translation>7 天内过生日</translation>
    </message>
    <message>
        <source>Birthdays in the next 30 days</source>
        <translation>30 天内过生日</translation>
    </message>
    <message>
        <source>Her family&apos;s birthdays in the next 30 days</source>
        <translation>未来 30 天内家人的生日</translation>
    </message>
    <message>
        <source>Holidays in the next 30 days (customers of the last year)</source>
        <translation>未来 30 天的节日（近一年到店的顾客）</translation>
    </message>
    <message>
        <source>Anniversaries in the next 30 days (first visit, first card)</source>
        <translation>未来 30 天的纪念日（首次到店、首次办卡）</translation>
    </message>
    <message>
        <source>Event guests who have not answered (next 30 days)</source>
        <translation>未回复的活动来宾（未来 30 天）</translation>
    </message>
    <message>
        <source>Low satisfaction in the last 30 days, no recovery call</source>
        <translation>近 30 天低满意度且尚无补救回访</translation>
    </message>
    <message>
        <source>Slipping away: paying customers unlikely to come back, most valuable first</source>
        <translation>正在流失：不太可能回来的付费顾客，价值高的在前</translation>
    </message>
    <message>
        <source>Cards with one session left or expiring within 30 days</source>
        <translation>只剩一次或 30 天内到期的卡</translation>
    </message>
    <message>
        <source>Complaints without a reply past the shop&apos;s deadline</source>
        <translation>超过本店答复期限仍未答复的抱怨</translation>
    </message>
    <message>
        <source>Overdue customers nobody is calling</source>
        <translation>逾期未到店且无人回访的顾客</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>所属美容师</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Call already open</source>
        <translation>已有回访</translation>
    </message>
    <message>
        <source>Create calls for these</source>
        <translation>为这些顾客创建回访</translation>
    </message>
    <message>
        <source>Greeting…</source>
        <translation>问候语…</translation>
    </message>
    <message>
        <source>Export contact list…</source>
        <translation>导出联系名单…</translation>
    </message>
    <message>
        <source>Listed when the retention model gives her less than this chance of coming back.</source>
        <translation>留存模型给出的回店可能低于此值时列入名单。</translation>
    </message>
    <message>
        <source>Chance under</source>
        <translation>回店可能低于</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访截止</translation>
    </message>
    <message>
        <source>scored %1/5 on %2</source>
        <translation>%2 评分 %1/5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3, turns %4</source>
        <translation>%1（%2）— %3，满 %4 岁</translation>
    </message>
    <message>
        <source>%1 — turns %2</source>
        <translation>%1 — 满 %2 岁</translation>
    </message>
    <message>
        <source>%1 (lunar birthday)</source>
        <translation>%1（农历生日）</translation>
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
        <translation>通常每 %1 天来一次，</translation>
    </message>
    <message>
        <source>%1%2 days away: %3 chance she still comes · paid %4 in 12 months</source>
        <translation>%1已 %2 天未到店：她仍会回来的可能为 %3 · 近 12 个月实付 %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, open %n day(s)</source>
        <translation>
            <numerusform>%1，已 %n 天未结</numerusform>
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
        <translation>正在查找档案…</translation>
    </message>
    <message>
        <source>%1 listed, %2 without a call</source>
        <translation>共 %1 位，%2 位尚无回访</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contact list</source>
        <translation>导出联系名单</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>场合</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 位顾客写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLogListModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实付</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客反馈</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
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
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>清空 (Esc)</translation>
    </message>
    <message>
        <source>New care log entry</source>
        <translation>新建护理日志</translation>
    </message>
    <message>
        <source>Unsaved care log entry</source>
        <translation>护理日志未保存</translation>
    </message>
    <message>
        <source>The care log entry you are writing is not saved. Close anyway?</source>
        <translation>正在填写的护理日志尚未保存。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Stop correcting this entry? Your changes are not saved.</source>
        <translation>放弃修改这条日志？修改尚未保存。</translation>
    </message>
    <message>
        <source>Clear the form? What you typed is not saved.</source>
        <translation>清空表单？已输入的内容尚未保存。</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Check this entry</source>
        <translation>请核对这条记录</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已在别处修改</translation>
    </message>
    <message>
        <source>Someone else corrected or voided this entry after you opened it. Open it again from the list to see the saved version.</source>
        <translation>在你打开后，有人修改或作废了这条日志。请从列表重新打开，查看已保存的内容。</translation>
    </message>
    <message>
        <source>Saved the correction to %1&apos;s entry.</source>
        <translation>已保存对 %1 护理日志的修改。</translation>
    </message>
    <message>
        <source>Logged %1&apos;s care session.</source>
        <translation>已记录 %1 的护理。</translation>
    </message>
    <message>
        <source>The visit is dated %1, more than a year ago.</source>
        <translation>到店日期是 %1，已超过一年。</translation>
    </message>
    <message>
        <source>The amount paid is %1.</source>
        <translation>实付金额为 %1。</translation>
    </message>
    <message>
        <source>Save it as it is?</source>
        <translation>仍按此保存吗？</translation>
    </message>
    <message>
        <source>Not saved: see the messages in red.</source>
        <translation>未保存：请查看红色提示。</translation>
    </message>
    <message>
        <source>Correcting %1&apos;s entry of %2</source>
        <translation>正在修改 %1 于 %2 的护理日志</translation>
    </message>
    <message>
        <source>Entry voided; it stays in the log marked void.</source>
        <translation>日志已作废，仍保留在记录中并标为作废。</translation>
    </message>
</context>
<context>
    <name>CareTexts</name>
    <message>
        <source>Choose the customer: type her name, initials or phone digits.</source>
        <translation>请选择顾客：输入姓名、拼音首字母或手机号码。</translation>
    </message>
    <message>
        <source>An entry stays with its customer; void it and log it for her.</source>
        <translation>日志不能转给其他顾客；请作废后为正确的顾客重新记录。</translation>
    </message>
    <message>
        <source>Enter the date and time of the treatment.</source>
        <translation>请输入护理的日期和时间。</translation>
    </message>
    <message>
        <source>The treatment cannot be in the future.</source>
        <translation>护理时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Choose the beautician.</source>
        <translation>请选择美容师。</translation>
    </message>
    <message>
        <source>Tick at least one service item.</source>
        <translation>请至少勾选一个服务项目。</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>满意度为 1 到 5。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Type an amount in yuan, such as 298 or 298.50.</source>
        <translation>请输入以元为单位的金额，例如 298 或 298.50。</translation>
    </message>
    <message>
        <source>Say why.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Name the card or choose its service item.</source>
        <translation>请填写卡名或选择服务项目。</translation>
    </message>
    <message>
        <source>A session card has 1 to 999 sessions.</source>
        <translation>次卡的次数为 1 到 999。</translation>
    </message>
    <message>
        <source>Enter the value loaded on the card.</source>
        <translation>请输入储值金额。</translation>
    </message>
    <message>
        <source>Enter a purchase date that is not in the future.</source>
        <translation>购买日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The card cannot expire before it was bought.</source>
        <translation>到期日不能早于购买日期。</translation>
    </message>
    <message>
        <source>Choose the kind of card.</source>
        <translation>请选择卡的类型。</translation>
    </message>
    <message>
        <source>This card has paid for visits; void those entries first.</source>
        <translation>这张卡已用于护理；请先作废那些日志。</translation>
    </message>
    <message>
        <source>This card belongs to another customer.</source>
        <translation>这张卡属于其他顾客。</translation>
    </message>
    <message>
        <source>This card was voided.</source>
        <translation>这张卡已作废。</translation>
    </message>
    <message>
        <source>The card was bought after this visit.</source>
        <translation>这张卡是在这次护理之后购买的。</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>这张卡已过期。</translation>
    </message>
    <message>
        <source>No sessions are left on this card.</source>
        <translation>这张卡已没有剩余次数。</translation>
    </message>
    <message>
        <source>The card&apos;s balance is less than this amount.</source>
        <translation>卡内余额不足。</translation>
    </message>
    <message>
        <source>Enter how much to take from the card&apos;s balance.</source>
        <translation>请输入从卡内余额扣除的金额。</translation>
    </message>
    <message>
        <source>This card was sold for use in another shop only.</source>
        <translation>这张卡只能在售卡的门店使用。</translation>
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
        <translation>护理后回访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint sign-off</source>
        <translation>抱怨签核</translation>
    </message>
    <message>
        <source>Card nearly used or expiring</source>
        <translation>卡项将用完或到期</translation>
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
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>纪念日</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>活动邀请</translation>
    </message>
    <message>
        <source>Low satisfaction: call back</source>
        <translation>低满意度：回访补救</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>接待</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>护理</translation>
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
        <translation>好于期望</translation>
    </message>
    <message>
        <source>As expected</source>
        <translation>符合期望</translation>
    </message>
    <message>
        <source>Worse than expected</source>
        <translation>低于期望</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Industry review</source>
        <translation>行业评议</translation>
    </message>
    <message>
        <source>Session card</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>File</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Care log entry</source>
        <translation>护理日志</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>顾客类型</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Customer field</source>
        <translation>顾客字段</translation>
    </message>
    <message>
        <source>Family or friend</source>
        <translation>亲友</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>使用产品</translation>
    </message>
    <message>
        <source>Skin condition</source>
        <translation>皮肤状况</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客反馈</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Taken from card</source>
        <translation>卡内扣款</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Sessions bought</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Value loaded</source>
        <translation>储值金额</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
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
        <translation>%1 — 剩余 %2 次</translation>
    </message>
    <message>
        <source>%1 — balance %2</source>
        <translation>%1 — 余额 %2</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
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
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>带来</translation>
    </message>
    <message>
        <source>Their spend</source>
        <translation>她们的消费</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Said yes</source>
        <translation>答应</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Visited within 90 days</source>
        <translation>90 天内到店</translation>
    </message>
    <message>
        <source>Their spend in 90 days</source>
        <translation>90 天内消费</translation>
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
        <translation>介绍最多</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
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
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费</translation>
    </message>
    <message>
        <source>Spend per customer</source>
        <translation>人均消费</translation>
    </message>
    <message>
        <source>Still came 6 months on</source>
        <translation>6 个月后仍来</translation>
    </message>
    <message>
        <source>Still came 12 months on</source>
        <translation>12 个月后仍来</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) gained in the period.</source>
        <translation>
            <numerusform>本期新增 %n 位顾客。</numerusform>
        </translation>
    </message>
    <message>
        <source>The most spend came through %1.</source>
        <translation>消费最多的渠道：%1。</translation>
    </message>
    <message>
        <source>Brought by %1</source>
        <translation>%1 带来的顾客</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation>参加了 %1</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>The shop&apos;s rule</source>
        <translation>按本店规则</translation>
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
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>最近 24 个月</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>所属美容师</translation>
    </message>
    <message>
        <source>Visit frequency groups</source>
        <translation>到店频率分组</translation>
    </message>
    <message>
        <source>Consumption psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Customer traits</source>
        <translation>顾客特征</translation>
    </message>
    <message>
        <source>Psychology × frequency group</source>
        <translation>消费心理 × 频率分组</translation>
    </message>
    <message>
        <source>Personality × frequency group</source>
        <translation>性格 × 频率分组</translation>
    </message>
    <message>
        <source>Traits × frequency group</source>
        <translation>特征 × 频率分组</translation>
    </message>
    <message>
        <source>Visits per month</source>
        <translation>每月到店次数</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>每月新顾客</translation>
    </message>
    <message>
        <source>Spend per customer (yuan)</source>
        <translation>每位顾客的消费（元）</translation>
    </message>
    <message>
        <source>Value groups</source>
        <translation>价值分组</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>顾客生命周期阶段</translation>
    </message>
    <message>
        <source>Shops side by side</source>
        <translation>各门店对比</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Not yet classified</source>
        <translation>尚未分类</translation>
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
        <translation>深色：按本人节奏已逾期</translation>
    </message>
    <message>
        <source>Visits counted over the last %1 days. %2 of %3 customers are overdue.</source>
        <translation>按最近 %1 天的到店统计。%3 位顾客中有 %2 位逾期未到店。</translation>
    </message>
    <message>
        <source>%1 customers are not yet classified.</source>
        <translation>还有 %1 位顾客尚未分类。</translation>
    </message>
    <message>
        <source>A customer with several types is counted in each: %1 customers, %2 counted.</source>
        <translation>有多个类型的顾客在每个类型中各计一次：共 %1 位顾客，计 %2 次。</translation>
    </message>
    <message>
        <source>customers who came in %1</source>
        <translation>%1 到店的顾客</translation>
    </message>
    <message>
        <source>new in %1</source>
        <translation>%1 的新顾客</translation>
    </message>
    <message>
        <source>Click a month to list the customers who came in it.</source>
        <translation>点击某个月份，列出当月到店的顾客。</translation>
    </message>
    <message>
        <source>A customer is new in the month of her first visit.</source>
        <translation>顾客首次到店的月份记为新顾客月份。</translation>
    </message>
    <message>
        <source>High value (top 20%)</source>
        <translation>高价值（前 20%）</translation>
    </message>
    <message>
        <source>Middle value (next 30%)</source>
        <translation>中价值（其后 30%）</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低价值</translation>
    </message>
    <message>
        <source>No spend</source>
        <translation>无消费</translation>
    </message>
    <message>
        <source>Top 20% of customers: %1% of revenue</source>
        <translation>前 20% 的顾客贡献了 %1% 的收入</translation>
    </message>
    <message>
        <source>Paid in the last %1 days (visits and cards), largest first; %2 paid nothing.</source>
        <translation>最近 %1 天的实付（到店与购卡），从高到低；%2 位顾客没有消费。</translation>
    </message>
    <message>
        <source>Every customer on file by where she is with the shop (%1 in all).</source>
        <translation>按与本店关系的阶段统计全部建档顾客（共 %1 位）。</translation>
    </message>
    <message>
        <source>The top 20% of paying customers brought %1% of revenue over the last %2 days.</source>
        <translation>最近 %2 天，前 20% 的付费顾客贡献了 %1% 的收入。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
</context>
<context>
    <name>ComplaintCountsView</name>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By cause</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>By service gap</source>
        <translation>按服务差距</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
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
        <translation>记录抱怨 — %1</translation>
    </message>
    <message>
        <source>— not yet</source>
        <translation>— 尚未处理</translation>
    </message>
    <message>
        <source>— no service item</source>
        <translation>— 无服务项目</translation>
    </message>
    <message>
        <source>— no visit</source>
        <translation>— 不关联到店记录</translation>
    </message>
    <message>
        <source>An earlier visit</source>
        <translation>较早的一次到店</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>已答复于</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>(given when saved)</source>
        <translation>（保存时编号）</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>表单编号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>相关到店</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Save form as PDF…</source>
        <translation>保存表单为 PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Open for %n day(s): handle it today.</source>
        <translation>
            <numerusform>已 %n 天未结：请今天处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客反映</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理经过</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer feedback handling form</source>
        <translation>顾客信息处理表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签核</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印于</translation>
    </message>
    <message>
        <source>Save form as PDF</source>
        <translation>保存表单为 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>无法写入 %1，请换一个文件夹。</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message>
        <source>Cause: not classified</source>
        <translation>原因：未分类</translation>
    </message>
    <message>
        <source>Our process or system</source>
        <translation>本店流程或制度</translation>
    </message>
    <message>
        <source>A staff member&apos;s behaviour</source>
        <translation>员工行为</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Customer expectation</source>
        <translation>顾客期望</translation>
    </message>
    <message>
        <source>Other cause</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Gap: not classified</source>
        <translation>差距：未分类</translation>
    </message>
    <message>
        <source>Promotion gap</source>
        <translation>宣传差距</translation>
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
        <translation>行为差距</translation>
    </message>
    <message>
        <source>Perception gap</source>
        <translation>感受差距</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Technical / quality</source>
        <translation>技术 / 品质</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>The first reply cannot come before it was received.</source>
        <translation>首次答复不能早于受理日期。</translation>
    </message>
    <message>
        <source>The first reply cannot be in the future.</source>
        <translation>首次答复不能是将来的日期。</translation>
    </message>
    <message>
        <source>Choose one of her own visits.</source>
        <translation>请选择她本人的到店记录。</translation>
    </message>
    <message>
        <source>Unknown sign-off step.</source>
        <translation>未知的签核步骤。</translation>
    </message>
    <message>
        <source>Sign the earlier steps first.</source>
        <translation>请先完成前面的签核步骤。</translation>
    </message>
    <message>
        <source>Choose who signs.</source>
        <translation>请选择签名人。</translation>
    </message>
    <message>
        <source>The manager&apos;s step is signed by a manager.</source>
        <translation>店长一栏须由店长签核。</translation>
    </message>
    <message>
        <source>A signature cannot be dated in the future.</source>
        <translation>签核日期不能是将来。</translation>
    </message>
    <message>
        <source>A signature cannot come before the complaint was received.</source>
        <translation>签核日期不能早于受理日期。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Handle…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
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
        <translation>超过这么多天仍未答复的抱怨以红色显示。</translation>
    </message>
    <message>
        <source>Not closed (any day)</source>
        <translation>未结案（不限日期）</translation>
    </message>
    <message>
        <source>All in the period</source>
        <translation>本期全部</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>First reply within</source>
        <translation>首次答复期限</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>未结天数</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>%1 shown; %2 without a reply after %3 days</source>
        <translation>显示 %1 条；%2 条超过 %3 天未答复</translation>
    </message>
    <message>
        <source>%1 received · %2 not closed · %3 answered, in %4 days on average, %5 late · %6 waiting past the deadline</source>
        <translation>受理 %1 条 · 未结案 %2 条 · 已答复 %3 条，平均 %4 天，逾期答复 %5 条 · 超期未答复 %6 条</translation>
    </message>
    <message>
        <source>Showing %1 — show all</source>
        <translation>正在显示：%1 — 显示全部</translation>
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
        <translation>按类别</translation>
    </message>
    <message>
        <source>By service gap</source>
        <translation>按服务差距</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务差距</translation>
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
        <translation>占比</translation>
    </message>
    <message>
        <source>%1 received, %2 answered (in %3 days on average, %4 late), %5 waiting.</source>
        <translation>受理 %1 条，已答复 %2 条（平均 %3 天，逾期 %4 条），超期未答复 %5 条。</translation>
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
        <translation>在您打开之后，%1 于 %3 保存了 %2 的档案。您的修改尚未保存。保留您的修改会把它们保存在对方的修改之上：只有对方改过的字段保持对方的内容。</translation>
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
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <source>Drop my changes</source>
        <translation>放弃我的修改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>您打开时</translation>
    </message>
    <message>
        <source>Red rows were changed by both of you; keeping your changes keeps yours there.</source>
        <translation>红色行双方都改过；保留您的修改时，这些字段用您的内容。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>CustomerContextPanel</name>
    <message>
        <source>Cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Last care notes</source>
        <translation>最近护理记录</translation>
    </message>
    <message>
        <source>Open follow-ups and complaints</source>
        <translation>未完成的回访与投诉</translation>
    </message>
    <message>
        <source>Choose a customer to see her file here.</source>
        <translation>选择顾客后，这里显示她的档案。</translation>
    </message>
    <message>
        <source>more…</source>
        <translation>展开…</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>过敏与禁忌</translation>
    </message>
    <message>
        <source>No cards.</source>
        <translation>没有卡项。</translation>
    </message>
    <message>
        <source>No care notes yet.</source>
        <translation>还没有护理记录。</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>没有未完成事项。</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <source>not yet classified</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>皮肤</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>She said</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建议</translation>
    </message>
    <message>
        <source>Call due %1 (%2), %3</source>
        <translation>回访 %1 到期（%2），%3</translation>
    </message>
    <message>
        <source>Complaint since %1 (%2): %3</source>
        <translation>投诉 自 %1（%2）：%3</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer: last 4 phone digits, name or initials</source>
        <translation>顾客：手机尾号 4 位、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>尚未到店</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>没有匹配的顾客。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search: name, pinyin initials (zhm), or phone digits (last 4)</source>
        <translation>搜索：姓名、拼音首字母（zhm）或手机尾号</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建顾客(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>&amp;Log a visit</source>
        <translation>记录护理(&amp;L)</translation>
    </message>
    <message>
        <source>All customers on file (%1)</source>
        <translation>全部在档顾客（%1）</translation>
    </message>
    <message>
        <source>The list as shown (%1)</source>
        <translation>当前列表（%1）</translation>
    </message>
    <message>
        <source>Only %1&apos;s file</source>
        <translation>仅 %1 的档案</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>共 %n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer file</source>
        <translation>新建顾客档案</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This number is already on %1&apos;s file.</source>
        <translation>该号码已登记在 %1 的档案中。</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请修改标红的栏目。</translation>
    </message>
    <message>
        <source>#%1 · %2 · last visit %3</source>
        <translation>#%1 · %2 · 最近到店 %3</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Saved %1&apos;s file.</source>
        <translation>已保存 %1 的档案。</translation>
    </message>
    <message>
        <source>Archive %1&apos;s file? It leaves the list but nothing is deleted; tick Show archived to find it and restore it.</source>
        <translation>归档 %1 的档案？档案将从列表中隐藏，但不会删除；勾选“显示已归档”即可找回并恢复。</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>归档顾客</translation>
    </message>
    <message>
        <source>Archived %1&apos;s file.</source>
        <translation>已归档 %1 的档案。</translation>
    </message>
    <message>
        <source>Restored %1&apos;s file.</source>
        <translation>已恢复 %1 的档案。</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <source>This PC&apos;s own file (one shop, one PC)</source>
        <translation>本机自己的数据文件（单店、单台电脑）</translation>
    </message>
    <message>
        <source>A server (several PCs or shops)</source>
        <translation>服务器（多台电脑或多家门店）</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A server that is not this PC is reached over TLS only (encrypted); the password is kept in this PC&apos;s credential store, never in a file.</source>
        <translation>不在本机的服务器只通过 TLS（加密）连接；密码保存在本机的凭据存储中，从不写入文件。</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1.</source>
        <translation>已连接：PostgreSQL %1。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未能连接：%1</translation>
    </message>
    <message>
        <source>This PC has no credential store, so the password cannot be kept: it will be asked for at each start.</source>
        <translation>本机没有凭据存储，无法保存密码：每次启动时会询问密码。</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Care log entry</source>
        <translation>护理日志</translation>
    </message>
    <message>
        <source>&amp;Correct this entry</source>
        <translation>修改这条日志(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation>%1 作废：%2</translation>
    </message>
    <message>
        <source>Void entry</source>
        <translation>作废日志</translation>
    </message>
    <message>
        <source>Why is this entry wrong? It stays in the log marked void, and any card session it used is given back.</source>
        <translation>这条日志为什么有误？它会保留在记录中并标为作废，所用的卡次会退回。</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Customer: name, initials, phone</source>
        <translation>顾客：姓名、首字母、手机</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 条日志</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>e.g. a year-end thank-you party</source>
        <translation>例如：年终答谢会</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Invite the customers listed on Customer files</source>
        <translation>邀请顾客档案列表中的顾客(&amp;I)</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>可能来</translation>
    </message>
    <message>
        <source>Not coming</source>
        <translation>不来</translation>
    </message>
    <message>
        <source>She came</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Make an event, then invite customers to it.</source>
        <translation>先新建活动，再邀请顾客。</translation>
    </message>
    <message>
        <source>%1 invited, %2 coming, %3 came</source>
        <translation>已邀请 %1 位，%2 位会来，%3 位到场</translation>
    </message>
    <message numerus="yes">
        <source>Invite the %n customer(s) listed on Customer files to %1?</source>
        <translation>
            <numerusform>邀请顾客档案列表中的 %n 位顾客参加%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>%1 invited; %2 on the list already; %3 left out (no consent).</source>
        <translation>已邀请 %1 位；%2 位已在名单中；%3 位未邀请（未同意接收邀请）。</translation>
    </message>
</context>
<context>
    <name>ExcelTexts</name>
    <message>
        <source>Customers</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <source>Care log</source>
        <translation>护理日志</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨与处理</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>顾客编号</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Referrer&apos;s phone</source>
        <translation>推荐人电话</translation>
    </message>
    <message>
        <source>File created</source>
        <translation>建档时间</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
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
        <translation>最近护理记录日期</translation>
    </message>
    <message>
        <source>Last care note</source>
        <translation>最近护理记录</translation>
    </message>
    <message>
        <source>Paid, last 12 months</source>
        <translation>近 12 个月实付</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <source>Frequency group</source>
        <translation>频率分组</translation>
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
        <translation>已归档</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>使用产品</translation>
    </message>
    <message>
        <source>Skin condition</source>
        <translation>皮肤状况</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Card sessions used</source>
        <translation>划卡次数</translation>
    </message>
    <message>
        <source>Taken from card</source>
        <translation>卡内扣款</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下次建议</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Why voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sessions bought</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Sessions used</source>
        <translation>已用次数</translation>
    </message>
    <message>
        <source>Value loaded</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访截止</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>What she said on the phone</source>
        <translation>电话中顾客所说</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完成时间</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>表单编号</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>首次答复</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出顾客到 Excel</translation>
    </message>
    <message>
        <source>Which customers?</source>
        <translation>导出哪些顾客？</translation>
    </message>
    <message>
        <source>Only customers who agreed to offers and greetings</source>
        <translation>仅限同意接收优惠与问候的顾客</translation>
    </message>
    <message>
        <source>Tick this for a list used to send offers or greetings.</source>
        <translation>用于发送优惠或问候的名单时请勾选。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在写入工作簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 位顾客到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Group heading</source>
        <translation>分组标题</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fields the shop adds to every customer file. A choice field lists its choices separated by commas; choice and yes/no fields can filter the customer list. A hidden field leaves the form and exports; what was filled in is kept.</source>
        <translation>本店为每份顾客档案添加的字段。选项字段的选项用逗号或顿号分隔；选项字段和是/否字段可用来筛选顾客列表。隐藏的字段不再出现在档案和导出中，已填写的内容仍会保留。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
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
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>FileSidePanel</name>
    <message>
        <source>Visits</source>
        <translation>到店记录</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Complaints and calls</source>
        <translation>抱怨与回访</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>亲友</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>My calls</source>
        <translation>我的回访</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translation>团队概览</translation>
    </message>
    <message>
        <source>Care lists</source>
        <translation>关怀名单</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
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
        <translation>规则…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Assign follow-up calls… (Ctrl+Shift+A)</source>
        <translation>分配回访… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Visits in window</source>
        <translation>期内到店次数</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>通常间隔（天）</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>未到店天数</translation>
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
        <translation>所属美容师</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <source>Spend in window</source>
        <translation>期内消费</translation>
    </message>
    <message>
        <source>Open calls</source>
        <translation>未完成回访</translation>
    </message>
    <message>
        <source>Chance she comes back</source>
        <translation>回来的可能</translation>
    </message>
    <message>
        <source>Visits expected, 90 days</source>
        <translation>90 天内预计到店</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>全部分组</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Counting every customer&apos;s visits…</source>
        <translation>正在统计每位顾客的到店…</translation>
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
        <translation>显示 %1 位，已选 %2 位</translation>
    </message>
    <message>
        <source>Select the customers to call first.</source>
        <translation>请先选择要回访的顾客。</translation>
    </message>
    <message>
        <source>All customers on file (%1)</source>
        <translation>全部在档顾客（%1）</translation>
    </message>
    <message>
        <source>The customers shown (%1)</source>
        <translation>当前显示的顾客（%1）</translation>
    </message>
    <message>
        <source>The selected ones (%1)</source>
        <translation>所选顾客（%1）</translation>
    </message>
</context>
<context>
    <name>GreetingDialog</name>
    <message>
        <source>Greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Blanks filled in for each customer: {name}, {occasion}, {date}, {years}, {age}, {relative}, {shop}.</source>
        <translation>为每位顾客填入的空位：{name}（姓名）、{occasion}（场合）、{date}（日期）、{years}（年数）、{age}（年龄）、{relative}（家人）、{shop}（店名）。</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>给 %1：%2</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The check after opening found the database damaged, and there is no sound backup. Nothing more will be saved to it; ask for help before going on.</source>
        <translation>打开后的检查发现数据库已损坏，而且没有完好的备份。之后不会再向它保存任何内容；请先寻求帮助再继续使用。</translation>
    </message>
    <message>
        <source>The check after opening found the database damaged. Nothing more will be saved to it. Ask the store manager to restore the newest sound backup.</source>
        <translation>打开后的检查发现数据库已损坏。之后不会再向它保存任何内容。请店长恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>The check after opening found the database damaged, so nothing more will be saved to it. Restore the newest sound backup, taken %1 with %2 customers? The damaged file is kept beside it.</source>
        <translation>打开后的检查发现数据库已损坏，之后不会再向它保存任何内容。要恢复最新的完好备份吗？（备份于 %1，共 %2 位顾客）损坏的文件会保留在旁边。</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <source>No customer code or phone</source>
        <translation>没有顾客编号或电话</translation>
    </message>
    <message>
        <source>Only a name: tick “find her by name” to match it</source>
        <translation>只有姓名：勾选“按姓名查找”才能匹配</translation>
    </message>
    <message>
        <source>Several files have this name: add her code or phone</source>
        <translation>有多份档案同名：请补上她的编号或电话</translation>
    </message>
    <message>
        <source>Not a date in the order chosen</source>
        <translation>按所选顺序不是有效日期</translation>
    </message>
    <message>
        <source>Choose how the dates are written</source>
        <translation>请选择日期的写法</translation>
    </message>
    <message>
        <source>A visit in the future</source>
        <translation>到店日期在未来</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <source>No service item</source>
        <translation>没有服务项目</translation>
    </message>
    <message>
        <source>Nothing left on the card</source>
        <translation>卡内已无剩余</translation>
    </message>
    <message>
        <source>Not a phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <source>The name is too long</source>
        <translation>姓名太长</translation>
    </message>
    <message>
        <source>it would unpack to more than this computer should hold (%1)</source>
        <translation>解压后会超出这台电脑能容纳的大小（%1）</translation>
    </message>
    <message>
        <source>its sheet claims far more cells than it holds (%1 cells)</source>
        <translation>其工作表声称的单元格远多于实际内容（%1 个单元格）</translation>
    </message>
    <message>
        <source>the reader stopped on it: it is damaged or claims a huge sheet</source>
        <translation>读取程序在此文件上停止：文件已损坏，或声称有一张极大的工作表</translation>
    </message>
    <message>
        <source>reading it took too long, so it was stopped</source>
        <translation>读取耗时过长，已停止</translation>
    </message>
    <message>
        <source>%1 files on record have this name</source>
        <translation>已有 %1 份同名档案</translation>
    </message>
    <message>
        <source>Another new customer in this file has this name</source>
        <translation>本文件中另一位新顾客同名</translation>
    </message>
    <message>
        <source>A file of her own is made: check it is not the same person</source>
        <translation>将新建她的档案：请核对是否为同一人</translation>
    </message>
    <message>
        <source>Walk-in client: %1 rows</source>
        <translation>散客：%1 行</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Not on file: %1 rows</source>
        <translation>本店没有：%1 行</translation>
    </message>
    <message>
        <source>Created, inactive</source>
        <translation>新建（停用状态）</translation>
    </message>
    <message>
        <source>Left empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>作为 %1</translation>
    </message>
    <message>
        <source>%1 visits of %2 customers (%3 new, %8 of them possible duplicates); %4 rows refused; %5 rows of walk-in clients left out; %6 new staff and %7 new service items are created inactive.</source>
        <translation>%2 位顾客（新建 %3 位，其中 %8 位可能重复）的 %1 次到店；%4 行未通过；%5 行散客不导入；将新建 %6 位员工和 %7 个服务项目（均为停用状态）。</translation>
    </message>
    <message>
        <source>%1 cards to carry over; %2 already on file; %3 rows refused.</source>
        <translation>结转 %1 张卡；%2 张已在档；%3 行未通过。</translation>
    </message>
</context>
<context>
    <name>HistoryImportDialog</name>
    <message>
        <source>Import a visit history</source>
        <translation>导入到店记录</translation>
    </message>
    <message>
        <source>Import opening card balances</source>
        <translation>导入期初卡项余额</translation>
    </message>
    <message>
        <source>As the file shows</source>
        <translation>按文件自动判断</translation>
    </message>
    <message>
        <source>e.g. WALK_IN, 散客</source>
        <translation>例如 WALK_IN、散客</translation>
    </message>
    <message>
        <source>The amount includes them</source>
        <translation>金额已含税</translation>
    </message>
    <message>
        <source>Add the tax columns to the amount</source>
        <translation>把税额列加到金额上</translation>
    </message>
    <message>
        <source>Leave taxes out</source>
        <translation>不计税额</translation>
    </message>
    <message>
        <source>Find her by name when a row has no code or phone</source>
        <translation>没有编号或电话时按姓名查找顾客</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Could not read %1 as a spreadsheet: %2</source>
        <translation>无法把 %1 作为表格读取：%2</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>报告未能保存：%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation>已取消导入，没有保留任何内容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Columns found</source>
        <translation>识别出的列</translation>
    </message>
    <message>
        <source>Dates are written</source>
        <translation>日期写法</translation>
    </message>
    <message>
        <source>Walk-in clients to leave out</source>
        <translation>不导入的散客</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税</translation>
    </message>
    <message>
        <source>New staff are created as</source>
        <translation>新建员工的角色</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>未识别出任何列</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Imported %1 visits; %2 new customer files; %3 were already on file.</source>
        <translation>已导入 %1 次到店；新建 %2 份顾客档案；%3 次已存在。</translation>
    </message>
    <message>
        <source>%1 visits named a card she did not have or had used up: they came in without it.</source>
        <translation>有 %1 次到店所写的卡她没有或已用完：这些到店已导入，但未扣卡。</translation>
    </message>
    <message>
        <source>Carried over %1 cards.</source>
        <translation>已结转 %1 张卡。</translation>
    </message>
</context>
<context>
    <name>HistoryImportFields</name>
    <message>
        <source>Code in the old system</source>
        <translation>原系统编号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>使用产品</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡项</translation>
    </message>
    <message>
        <source>Card kind</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开卡日期</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>到场</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>历法</translation>
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
        <translation>当月的星期日：第几个星期日（2 即第二个）</translation>
    </message>
    <message>
        <source>Add a holiday</source>
        <translation>添加节日</translation>
    </message>
    <message>
        <source>Customers who came in the last 12 months and agreed to greetings are listed under Follow-up calls › Care lists for the holidays of the next 30 days.</source>
        <translation>未来 30 天内的节日，会在“回访 › 关怀名单”中列出近 12 个月到过店并同意接收问候的顾客。</translation>
    </message>
    <message>
        <source>Fixed day</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Lunar calendar</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>A Sunday of the month</source>
        <translation>当月的星期日</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>没有这一天</translation>
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
        <translation>导入顾客 — %1</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>1. Which field is each column? (headers found on row %1)</source>
        <translation>1. 每一列对应哪个字段？（表头在第 %1 行）</translation>
    </message>
    <message>
        <source>2. Every row, checked as the form checks it</source>
        <translation>2. 逐行检查（与档案表单的检查相同）</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>If on file</source>
        <translation>已有档案时</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <source>Same phone as row %1: skipped</source>
        <translation>与第 %1 行手机号相同：跳过</translation>
    </message>
    <message>
        <source>A customer file has this phone</source>
        <translation>已有顾客档案使用此手机号</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update her file</source>
        <translation>更新她的档案</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updates, %4 with problems (not imported), %5 skipped.</source>
        <translation>共 %1 行：新建 %2，更新 %3，有问题 %4（不导入），跳过 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n customer(s)</source>
        <translation>
            <numerusform>导入 %n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>导入已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped, %4 rows with problems.</source>
        <translation>已导入：新建 %1，更新 %2，跳过 %3，有问题 %4 行。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Not a date this program can read (e.g. 1990-03-05).</source>
        <translation>无法识别的日期（例如 1990-03-05）。</translation>
    </message>
    <message>
        <source>Not one of the values this field allows.</source>
        <translation>不是此字段允许的值。</translation>
    </message>
    <message>
        <source>No such type in the shop&apos;s catalogue.</source>
        <translation>本店类型目录中没有这个类型。</translation>
    </message>
    <message>
        <source>No staff member of that name.</source>
        <translation>没有这个名字的员工。</translation>
    </message>
    <message>
        <source>Lunar birthday</source>
        <translation>农历生日</translation>
    </message>
    <message>
        <source>Referrer&apos;s phone</source>
        <translation>推荐人电话</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
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
        <translation>问题</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation>此行不导入</translation>
    </message>
    <message>
        <source>Same phone as row %1</source>
        <translation>与第 %1 行手机号相同</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>A customer file has this phone</source>
        <translation>已有顾客档案使用此手机号</translation>
    </message>
    <message>
        <source>Skipped unless you choose update</source>
        <translation>跳过（除非选择更新）</translation>
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
        <translation>未填写</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>干性</translation>
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
        <translation>口碑介绍</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>老顾客推荐</translation>
    </message>
    <message>
        <source>Referred by staff</source>
        <translation>员工推荐</translation>
    </message>
    <message>
        <source>Partner business</source>
        <translation>合作商家</translation>
    </message>
    <message>
        <source>Community or group</source>
        <translation>社区或团体</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>自行到店</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>This shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>老板</translation>
    </message>
    <message>
        <source>Give the shop a name: a chain tells its shops apart.</source>
        <translation>请填写门店名称：连锁店要区分各家门店。</translation>
    </message>
    <message>
        <source>Another shop already has this name.</source>
        <translation>已有门店使用这个名称。</translation>
    </message>
    <message>
        <source>Only the owner may change this.</source>
        <translation>只有老板可以修改。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请填写顾客姓名。</translation>
    </message>
    <message>
        <source>The name is too long (40 characters at most).</source>
        <translation>姓名太长（最多 40 个字）。</translation>
    </message>
    <message>
        <source>A phone number has 6 to 20 digits, e.g. 021-62345678 or +852 9123 4567.</source>
        <translation>电话号码应为 6 到 20 位数字，例如 021-62345678 或 +852 9123 4567。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1; international numbers start with +.</source>
        <translation>手机号应为以 1 开头的 11 位数字；境外号码以 + 开头。</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>请检查出生年份。</translation>
    </message>
    <message>
        <source>A customer cannot refer herself.</source>
        <translation>顾客不能推荐自己。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>That name is already in use.</source>
        <translation>该名称已存在。</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <source>Unknown catalogue.</source>
        <translation>未知的分类。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12 or 3.5.</source>
        <translation>请输入数字，例如 12 或 3.5。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2020-05-03.</source>
        <translation>请按年-月-日填写日期，例如 2020-05-03。</translation>
    </message>
    <message>
        <source>Too long (200 characters at most).</source>
        <translation>内容太长（最多 200 个字）。</translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation>请填写字段名称。</translation>
    </message>
    <message>
        <source>The order is a whole number, e.g. 3.</source>
        <translation>顺序须为整数，例如 3。</translation>
    </message>
    <message>
        <source>List the choices, one per line or separated by commas.</source>
        <translation>请列出选项，每行一个或用逗号分隔。</translation>
    </message>
    <message>
        <source>Customers have values in this field, so its kind cannot change.</source>
        <translation>已有顾客填写了此字段，不能再更改其类型。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Code in the old system</source>
        <translation>原系统编号</translation>
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
        <translation>职业</translation>
    </message>
    <message>
        <source>Interests and hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <source>Skin concerns</source>
        <translation>皮肤问题</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>过敏与禁忌</translation>
    </message>
    <message>
        <source>Referral channel</source>
        <translation>顾客来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Brought by staff member</source>
        <translation>介绍她来的员工</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>What she asked about</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Referral details</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意接收营销信息</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consumption psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Customer traits</source>
        <translation>顾客特征</translation>
    </message>
    <message>
        <source>Further types and traits</source>
        <translation>其他类型与特征</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation>专属美容师</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建档</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>再次回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>设置了 PIN 码</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <source>Locked after wrong PINs</source>
        <translation>多次输错 PIN 码已锁定</translation>
    </message>
    <message>
        <source>Exported to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Imported from a spreadsheet</source>
        <translation>从表格导入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>已撤销导入</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Named on another file</source>
        <translation>被另一份档案列为亲友</translation>
    </message>
    <message>
        <source>No longer named on another file</source>
        <translation>不再被另一份档案列为亲友</translation>
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
        <translation>未回复</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>maybe</source>
        <translation>可能来</translation>
    </message>
    <message>
        <source>not coming</source>
        <translation>不来</translation>
    </message>
    <message>
        <source>Potential (on file, no visit)</source>
        <translation>潜在顾客（已建档，未到店）</translation>
    </message>
    <message>
        <source>Aware (enquired)</source>
        <translation>知晓顾客（已咨询）</translation>
    </message>
    <message>
        <source>New (first visit)</source>
        <translation>行动顾客（首次到店）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃顾客</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>常客</translation>
    </message>
    <message>
        <source>Advocate (brings others)</source>
        <translation>种子顾客（带来新客）</translation>
    </message>
    <message>
        <source>Vanity</source>
        <translation>虚荣型</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>归属型</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>恐惧型</translation>
    </message>
    <message>
        <source>Keeping-up</source>
        <translation>攀比型</translation>
    </message>
    <message>
        <source>Impulsive</source>
        <translation>冲动型</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被动型</translation>
    </message>
    <message>
        <source>Novelty-seeking</source>
        <translation>求新立异型</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>比较型</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>尝试型</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>伙伴型</translation>
    </message>
    <message>
        <source>Loner</source>
        <translation>孤独型</translation>
    </message>
    <message>
        <source>Indecisive</source>
        <translation>优柔寡断型</translation>
    </message>
    <message>
        <source>Loss-averse</source>
        <translation>患得患失型</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>讨价还价型</translation>
    </message>
    <message>
        <source>Proud</source>
        <translation>自负自傲型</translation>
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
        <translation>随性型</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>复合型</translation>
    </message>
    <message>
        <source>Wants to feel special and admired: praise her and make her feel distinct from other customers.</source>
        <translation>希望被重视和赞美：多称赞她，让她感到与众不同。</translation>
    </message>
    <message>
        <source>Trusts the shop and her beautician and takes advice: repay the trust with even better service.</source>
        <translation>信任店铺和美容师，愿意听取建议：以更好的服务回报这份信任。</translation>
    </message>
    <message>
        <source>Afraid of being cheated, often before a first purchase: build a friendship first, sell later.</source>
        <translation>担心上当受骗，常见于首次消费前：先交朋友，再谈销售。</translation>
    </message>
    <message>
        <source>Buys what her peers have: show what customers like her chose.</source>
        <translation>看别人买什么就想买什么：介绍与她相似的顾客的选择。</translation>
    </message>
    <message>
        <source>Buys on discounts and crowds: invite her to promotions and events.</source>
        <translation>容易因优惠和热闹而购买：邀请她参加促销和活动。</translation>
    </message>
    <message>
        <source>Hesitant and afraid to choose wrong: be patient, give real cases, never rush her.</source>
        <translation>犹豫不决，怕选错：耐心讲解，用真实案例说话，切勿催促。</translation>
    </message>
    <message>
        <source>Wants what is new and stylish, cares about brand and packaging: match the brand&apos;s story to her.</source>
        <translation>追求新潮时尚，看重品牌和包装：用品牌故事契合她的身份。</translation>
    </message>
    <message>
        <source>Compares effects and prices across shops: find her gaps in knowledge and fill them with expertise.</source>
        <translation>会在多家店比较效果和价格：找出她不了解的地方，用专业知识补足。</translation>
    </message>
    <message>
        <source>Buys rarely and wants to try first: explain professionally, confirm results after each session.</source>
        <translation>很少购买，喜欢先体验：专业讲解，每次护理后确认效果。</translation>
    </message>
    <message>
        <source>Comes with friends and asks their opinion: find the leader of the group and win her.</source>
        <translation>常与朋友同来并征求意见：找到小团体中的意见领袖，赢得她的认可。</translation>
    </message>
    <message>
        <source>Independent, dislikes interference: serve attentively, show cases and data.</source>
        <translation>独立，不喜欢被打扰：细心服务，用案例和数据说话。</translation>
    </message>
    <message>
        <source>Cannot make up her mind: narrow the choice to two, recommend one clearly and help her decide.</source>
        <translation>拿不定主意：把选择缩小到两个，明确推荐其中一个，帮她下决心。</translation>
    </message>
    <message>
        <source>Worries about losing out: explain the guarantee and what each session brings, and confirm progress often.</source>
        <translation>怕吃亏：讲清保障和每次护理带来的效果，常与她确认进展。</translation>
    </message>
    <message>
        <source>Always asks for a better price: stress value over price, offer a small gift instead of a discount.</source>
        <translation>总想压价：强调价值而不是价格，用小礼品代替打折。</translation>
    </message>
    <message>
        <source>Proud of what she knows: listen, praise her taste and let her feel the choice is hers.</source>
        <translation>自视甚高：多倾听，称赞她的品味，让她觉得是自己做的选择。</translation>
    </message>
    <message>
        <source>Quick to anger: stay calm, never argue, act at once on what she asks.</source>
        <translation>容易发火：保持冷静，绝不争辩，对她的要求立即行动。</translation>
    </message>
    <message>
        <source>Cool and distant: keep it short and professional, let results speak, warm up slowly.</source>
        <translation>冷淡疏远：简短专业，用效果说话，慢慢拉近距离。</translation>
    </message>
    <message>
        <source>Decides by facts: give data, ingredients and real before-and-after cases.</source>
        <translation>凭事实做决定：提供数据、成分和真实的前后对比案例。</translation>
    </message>
    <message>
        <source>Says what she thinks: be direct and honest, give a clear answer and price.</source>
        <translation>有话直说：直接坦诚，给出明确的答复和价格。</translation>
    </message>
    <message>
        <source>Goes with her mood: make each visit pleasant, suggest rather than sell.</source>
        <translation>随心情而定：让每次到店都愉快，多建议、少推销。</translation>
    </message>
    <message>
        <source>Shows several traits: read her mood on the day and follow the strategy of the trait she shows.</source>
        <translation>兼有多种特征：看她当天的状态，按她表现出的特征应对。</translation>
    </message>
    <message>
        <source>Choose how tiers are earned.</source>
        <translation>请选择层级的划分方式。</translation>
    </message>
    <message>
        <source>Keep one to six tiers.</source>
        <translation>请保留一到六个层级。</translation>
    </message>
    <message>
        <source>A share of the spenders is between 1 and 100 (%).</source>
        <translation>消费顾客的比例须在 1 到 100（%）之间。</translation>
    </message>
    <message>
        <source>An amount is 0 or more.</source>
        <translation>金额须为 0 或以上。</translation>
    </message>
    <message>
        <source>Each tier must be harder to reach than the one below it.</source>
        <translation>每个层级的门槛须高于下一层级。</translation>
    </message>
    <message>
        <source>Write a number, e.g. 20 or 3000.</source>
        <translation>请填写数字，例如 20 或 3000。</translation>
    </message>
    <message>
        <source>Give the tier a name.</source>
        <translation>请为层级命名。</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>请为节日命名。</translation>
    </message>
    <message>
        <source>Give the event a name.</source>
        <translation>请为活动命名。</translation>
    </message>
    <message>
        <source>Choose the event&apos;s day.</source>
        <translation>请选择活动日期。</translation>
    </message>
    <message>
        <source>There is no such day (a month has at most 31 days, a lunar month 30).</source>
        <translation>没有这一天（一个月最多 31 天，农历月最多 30 天）。</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>高价值</translation>
    </message>
    <message>
        <source>Middle value</source>
        <translation>中价值</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>低价值</translation>
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
        <translation>美容院顾客档案</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <source>Care log</source>
        <translation>护理日志</translation>
    </message>
    <message>
        <source>Visit frequency</source>
        <translation>到店频率</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨与处理</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建顾客(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export customers to Excel…</source>
        <translation>导出顾客到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>从表格导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>撤销上一次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>S&amp;witch staff…</source>
        <translation>切换员工(&amp;W)…</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>设置 PIN 码(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;rase this customer&apos;s personal data…</source>
        <translation>清除该顾客的个人信息(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;history of the shop…</source>
        <translation>全店修改记录(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Salon Desk will show in %1 from its next start.</source>
        <translation>下次启动后，Salon Desk 将以%1显示。</translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation>未选择员工</translation>
    </message>
    <message>
        <source>On duty: %1 (%2)</source>
        <translation>当前员工：%1（%2）</translation>
    </message>
    <message>
        <source>Saved. Salon Desk uses the new database from its next start.</source>
        <translation>已保存。下次启动时将使用新的数据库。</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入顾客</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Could not read %1 as a spreadsheet: %2</source>
        <translation>无法把 %1 作为表格读取：%2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>PIN saved.</source>
        <translation>PIN 码已保存。</translation>
    </message>
    <message>
        <source>Open her file first, then erase her personal data.</source>
        <translation>请先打开她的档案，再清除个人信息。</translation>
    </message>
    <message>
        <source>Erase %1&apos;s personal data for good? Her name, phone, birthday, address, notes and what she said at visits are wiped and cannot be brought back; her visits and amounts stay in the figures as an anonymous customer.</source>
        <translation>确定永久清除 %1 的个人信息？她的姓名、电话、生日、地址、备注和到店时的反馈都将被清除且无法恢复；她的到店次数和消费金额将以匿名顾客的身份保留在统计中。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Her personal data is erased; the file is now #%1.</source>
        <translation>她的个人信息已清除；该档案现为 #%1。</translation>
    </message>
    <message>
        <source>Restored the copy taken %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>ModelView</name>
    <message>
        <source>P(alive) is the chance that a customer is still one of ours and will come again, judged from how often she has come and how long she has been away — a customer who came every two weeks and has been away two months is less likely back than one who comes twice a year.</source>
        <translation>P(alive)（仍活跃概率）是顾客仍是本店顾客、还会再来的可能性，依据她来得多勤、离开了多久来判断——每两周来一次却已两个月没来的顾客，比一年来两次的顾客更可能不再回来。</translation>
    </message>
    <message>
        <source>Repeat visits before the check</source>
        <translation>检验前的回头次数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Visits made</source>
        <translation>实际到店</translation>
    </message>
    <message>
        <source>Visits expected</source>
        <translation>预计到店</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Fitted on</source>
        <translation>拟合日期</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>回头客</translation>
    </message>
    <message>
        <source>In use?</source>
        <translation>是否采用</translation>
    </message>
    <message>
        <source>Fit again now</source>
        <translation>立即重新拟合</translation>
    </message>
    <message>
        <source>The model is fitted again on each shop&apos;s whole history every day; the figures on the lists come from these fits.</source>
        <translation>模型每天按各门店的全部历史重新拟合；各列表中的数字都来自这些拟合。</translation>
    </message>
    <message>
        <source>Expected and made</source>
        <translation>预计与实际</translation>
    </message>
    <message>
        <source>Check on the last months</source>
        <translation>近几个月的检验</translation>
    </message>
    <message>
        <source>The fit</source>
        <translation>拟合结果</translation>
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
        <translation>尚未拟合：请按“立即重新拟合”。</translation>
    </message>
    <message>
        <source>Fitting each shop&apos;s whole history…</source>
        <translation>正在按各门店的全部历史拟合…</translation>
    </message>
    <message>
        <source>Fitted again just now.</source>
        <translation>刚刚已重新拟合。</translation>
    </message>
    <message>
        <source>Could not fit again; the fits below stay in use.</source>
        <translation>未能重新拟合；下面的拟合继续使用。</translation>
    </message>
    <message>
        <source>The model fits this shop&apos;s history (%1 customers, %2 came back): its figures can be used.</source>
        <translation>模型与本店历史相符（%1 位顾客，%2 位回头）：其数字可以采用。</translation>
    </message>
    <message>
        <source>No visits have been recorded lately: the model waits for the shop&apos;s current visits. Until then, the overdue rule stays in use.</source>
        <translation>近来没有记录任何到店：模型要等本店当前的到店记录。在此之前，仍按逾期规则判断。</translation>
    </message>
    <message>
        <source>Not enough history yet: %1 months, %2 returning customers. Until there is, the overdue rule stays in use.</source>
        <translation>历史还不够：%1 个月，%2 位回头客。在此之前仍按逾期规则。</translation>
    </message>
    <message>
        <source>The model does not fit this shop&apos;s history: it cannot tell who stops coming. The overdue rule stays in use.</source>
        <translation>模型与本店历史不符：无法判断谁不再来。仍按逾期规则。</translation>
    </message>
    <message>
        <source>History up to</source>
        <translation>历史截至</translation>
    </message>
    <message>
        <source>Fitted on the days before</source>
        <translation>拟合所用：此日之前</translation>
    </message>
    <message>
        <source>Customers who came back</source>
        <translation>回头顾客</translation>
    </message>
    <message>
        <source>Not back in the last %1 days</source>
        <translation>最近 %1 天未回来</translation>
    </message>
    <message>
        <source>α (days)</source>
        <translation>α（天）</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Picking out those not back: by P(alive)</source>
        <translation>找出未回来的顾客：按 P(alive)</translation>
    </message>
    <message>
        <source>… by the visits expected of her</source>
        <translation>… 按预计到店次数</translation>
    </message>
    <message>
        <source>… by the overdue rule (days away / allowed)</source>
        <translation>… 按逾期规则（离店天数 / 允许天数）</translation>
    </message>
    <message>
        <source>… by overdue yes/no</source>
        <translation>… 按是否逾期</translation>
    </message>
    <message>
        <source>(0.5 is a coin toss, 1 picks them all)</source>
        <translation>（0.5 等于掷硬币，1 为全部找出）</translation>
    </message>
    <message>
        <source>Repeat visits after a customer&apos;s first visit</source>
        <translation>首次到店后的回头次数</translation>
    </message>
    <message>
        <source>Expected by the model</source>
        <translation>模型预计</translation>
    </message>
    <message>
        <source>Made (customers that old)</source>
        <translation>实际（同样店龄的顾客）</translation>
    </message>
    <message>
        <source>Days after her first visit</source>
        <translation>首次到店后的天数</translation>
    </message>
    <message>
        <source>%1 repeat visits before the check</source>
        <translation>检验前回头 %1 次</translation>
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
        <translation>顾客怎么说</translation>
    </message>
    <message>
        <source>Try again in</source>
        <translation>再次回访：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Record outcome (Ctrl+Enter)</source>
        <translation>记录结果 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Open her file</source>
        <translation>打开顾客档案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · Upcoming: %3</source>
        <translation>已逾期：%1 · 今天到期：%2 · 即将到期：%3</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2</source>
        <translation>已记录：%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Another call is due in %n day(s).</source>
        <translation>
            <numerusform>%n 天后再次回访。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OccasionTexts</name>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Women&apos;s Day</source>
        <translation>三八妇女节</translation>
    </message>
    <message>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <source>Qixi Festival</source>
        <translation>七夕</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>圣诞节</translation>
    </message>
    <message>
        <source>Happy birthday, {name}! Everyone at {shop} wishes you a lovely year.</source>
        <translation>{name}，生日快乐！{shop}全体同仁祝您美丽每一年。</translation>
    </message>
    <message>
        <source>{name}, happy birthday to {relative} from all of us at {shop}!</source>
        <translation>{name}，{shop}祝{relative}生日快乐！</translation>
    </message>
    <message>
        <source>{name}, {shop} wishes you a happy {occasion}!</source>
        <translation>{name}，{shop}祝您{occasion}快乐！</translation>
    </message>
    <message>
        <source>{name}, thank you for {years} year(s) with {shop}!</source>
        <translation>{name}，感谢您 {years} 年来对{shop}的信任与陪伴！</translation>
    </message>
    <message>
        <source>{name}, you are warmly invited to {occasion} on {date}. — {shop}</source>
        <translation>{name}，诚邀您于 {date} 参加{occasion}。——{shop}</translation>
    </message>
    <message>
        <source>Anniversary of her first card</source>
        <translation>首次办卡纪念日</translation>
    </message>
    <message>
        <source>Anniversary of her first visit</source>
        <translation>首次到店纪念日</translation>
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
        <translation>连不上服务器：屏幕上显示的是之前读取的内容。正在重试…</translation>
    </message>
</context>
<context>
    <name>OnlyTheseBar</name>
    <message>
        <source>Show everyone</source>
        <translation>显示全部顾客</translation>
    </message>
    <message>
        <source>From the charts: %1</source>
        <translation>来自图表：%1</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
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
        <translation>最近三个月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Set a PIN</source>
        <translation>设置 PIN 码</translation>
    </message>
    <message>
        <source>For</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <source>A manager&apos;s PIN has at least 6 characters.</source>
        <translation>店长的 PIN 码至少 6 位。</translation>
    </message>
    <message>
        <source>A PIN has at least 4 characters.</source>
        <translation>PIN 码至少 4 位。</translation>
    </message>
    <message>
        <source>New PIN (4 or more characters, 6 for a manager)</source>
        <translation>新 PIN 码（至少 4 位，店长至少 6 位）</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>11-digit mobile, or +country code</source>
        <translation>11 位手机号，或 + 国家区号</translation>
    </message>
    <message>
        <source>Her number in the previous system</source>
        <translation>她在原系统中的编号</translation>
    </message>
    <message>
        <source>A second mobile or a landline</source>
        <translation>第二个手机号或座机</translation>
    </message>
    <message>
        <source>Before her first visit: what she wanted</source>
        <translation>首次到店前她想了解什么</translation>
    </message>
    <message>
        <source>e.g. 1990-05-03</source>
        <translation>例如 1990-05-03</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Type her name or phone</source>
        <translation>输入推荐人姓名或电话</translation>
    </message>
    <message>
        <source>e.g. the partner bank or gym</source>
        <translation>例如合作的银行或健身房</translation>
    </message>
    <message>
        <source>Agrees to receive offers and greetings</source>
        <translation>同意接收优惠和节日问候</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Only staff who may see full numbers can change it.</source>
        <translation>只有可查看完整号码的员工才能修改。</translation>
    </message>
    <message>
        <source>Write the lunar date as year-month-day, e.g. 1965-3-5 (闰 before a leap month); that day must exist in that lunar year.</source>
        <translation>请按“年-月-日”填写农历日期，例如 1965-3-5（闰月在月份前加“闰”）；该日须在那一农历年中存在。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 1990-05-03.</source>
        <translation>请按 年-月-日 填写，例如 1990-05-03。</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions.</source>
        <translation>请从下拉建议中选择顾客。</translation>
    </message>
    <message numerus="yes">
        <source>age %n</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>生于 %1，%2</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to %1&apos;s file?</source>
        <translation>是否保存对 %1 档案的修改？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Same name already on file</source>
        <translation>已有同名顾客</translation>
    </message>
    <message>
        <source>Customer files</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <source>Visit history (one row per visit or receipt line)</source>
        <translation>到店记录（每次到店或每行小票一行）</translation>
    </message>
    <message>
        <source>Opening card balances (期初余额)</source>
        <translation>期初卡项余额</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>这个文件里是什么？</translation>
    </message>
    <message>
        <source>There is already a file for %1:
%2
Is this a different customer?</source>
        <translation>已有 %1 的档案：
%2
这是另一位顾客吗？</translation>
    </message>
    <message>
        <source>Yes, a different customer: save</source>
        <translation>是另一位顾客，保存</translation>
    </message>
    <message>
        <source>Open the existing file</source>
        <translation>打开已有档案</translation>
    </message>
    <message>
        <source>Phone number already on file</source>
        <translation>手机号已存在</translation>
    </message>
    <message>
        <source>This phone number is already on %1&apos;s file. Save anyway?</source>
        <translation>该手机号已登记在 %1 的档案中。仍要保存吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Open her file</source>
        <translation>打开她的档案</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>添加家人或朋友</translation>
    </message>
    <message>
        <source>If she is a customer: her name or phone</source>
        <translation>如果她也是顾客：输入姓名或电话</translation>
    </message>
    <message>
        <source>e.g. 2012-09-01</source>
        <translation>例如 2012-09-01</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>本店顾客</translation>
    </message>
    <message>
        <source>Or her name</source>
        <translation>或填写姓名</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions.</source>
        <translation>请从建议列表中选择顾客。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2012-09-01.</source>
        <translation>请按年-月-日填写日期，例如 2012-09-01。</translation>
    </message>
    <message>
        <source>She cannot be her own relation.</source>
        <translation>不能把她自己列为亲友。</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
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
        <translation>年龄</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Comes with</source>
        <translation>结伴来店</translation>
    </message>
    <message>
        <source>leads the group</source>
        <translation>带头人</translation>
    </message>
    <message>
        <source>Visits together</source>
        <translation>一起来店次数</translation>
    </message>
    <message>
        <source>Last together</source>
        <translation>最近一起来店</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>家人与朋友</translation>
    </message>
    <message>
        <source>She leads the group she comes with.</source>
        <translation>她是结伴来店这一群人的带头人。</translation>
    </message>
    <message>
        <source>%1 leads the group she comes with: work through her.</source>
        <translation>%1 是她们这群人的带头人：通过她来维系。</translation>
    </message>
    <message>
        <source>Remove %1 from her family and friends?</source>
        <translation>把 %1 从她的家人与朋友中删除？</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The reports are for the store manager.</source>
        <translation>报表仅供店长查看。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A lapsed customer not back within this many days counts as lost.</source>
        <translation>流失后这么多天内未回来的顾客算作已流失。</translation>
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
        <translation>图片…</translation>
    </message>
    <message>
        <source>The first day comes after the last.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Save report to Excel</source>
        <translation>保存报表为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save report as a picture</source>
        <translation>保存报表为图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily, on opening</source>
        <translation>每日打开时</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>数据库升级前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restoring replaces everything on file with the chosen copy. The database as it is now is backed up first, so this too can be undone.</source>
        <translation>恢复会用所选备份替换全部档案。恢复前会先备份当前数据库，因此这一步也可以撤销。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace everything on file with the copy taken %1? Changes made since then will be gone from the files (they stay in the backup taken now).</source>
        <translation>确定用 %1 的备份替换全部档案？此后的修改将从档案中消失（它们会保留在现在生成的备份中）。</translation>
    </message>
    <message>
        <source>This copy was not used, nothing changed: %1</source>
        <translation>未使用这份备份，没有任何改动：%1</translation>
    </message>
    <message>
        <source>Restored the copy taken %1.</source>
        <translation>已恢复 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Why she declined</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>回访数</translation>
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
        <translation>拒绝的回访</translation>
    </message>
    <message>
        <source>Retention and loss</source>
        <translation>留存与流失</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>On the books</source>
        <translation>期初在册</translation>
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
        <translation>逾期未归</translation>
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
        <translation>风险营收</translation>
    </message>
    <message>
        <source>Revenue lost</source>
        <translation>流失营收</translation>
    </message>
    <message>
        <source>%1 on the books at the start; %2 came, %3 of them new. %4 lapsed (%5 lost: not back within %6 days). Revenue at risk %7, lost %8.</source>
        <translation>期初在册 %1 位；到店 %2 位，其中新客 %3 位。逾期未归 %4 位（其中 %5 位已流失：%6 天内未回来）。风险营收 %7，流失营收 %8。</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Lapsed, may come back</source>
        <translation>逾期未归，可能回来</translation>
    </message>
    <message>
        <source>Customers who lapsed each month</source>
        <translation>每月逾期未归的顾客</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Count visits over the last (days)</source>
        <translation>统计最近多少天的到店（天）</translation>
    </message>
    <message>
        <source>Key customer from (visits in that time)</source>
        <translation>重点顾客：期内到店至少（次）</translation>
    </message>
    <message>
        <source>Potential customer from (visits in that time)</source>
        <translation>潜力顾客：期内到店至少（次）</translation>
    </message>
    <message>
        <source>New customer: fewer visits than (all within the window)</source>
        <translation>新顾客：到店次数少于（且都在统计期内）</translation>
    </message>
    <message>
        <source>Overdue after her usual interval ×</source>
        <translation>逾期：超过通常间隔的倍数</translation>
    </message>
    <message>
        <source>Her own rhythm from (visits ever)</source>
        <translation>按本人节奏判断：累计到店至少（次）</translation>
    </message>
    <message>
        <source>Usual interval before that (days)</source>
        <translation>在此之前的店内通常间隔（天）</translation>
    </message>
    <message>
        <source>Advocate from (customers she brought in)</source>
        <translation>种子顾客：介绍来店的顾客至少（位）</translation>
    </message>
    <message>
        <source>Visit-frequency rules</source>
        <translation>到店频率规则</translation>
    </message>
</context>
<context>
    <name>SatisfactionView</name>
    <message>
        <source>By beautician</source>
        <translation>按美容师</translation>
    </message>
    <message>
        <source>By service item</source>
        <translation>按服务项目</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>What she said</source>
        <translation>顾客反映</translation>
    </message>
    <message>
        <source>Double-click a line to see the visits behind it.</source>
        <translation>双击一行，查看其中的到店记录。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Scored visits</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>%1 scored visits, average %2.</source>
        <translation>评分 %1 次，平均 %2。</translation>
    </message>
    <message>
        <source>Scores per month</source>
        <translation>每月评分</translation>
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
        <translation>这些是全连锁的设置：各门店都使用，自行设置过的门店除外。</translation>
    </message>
    <message>
        <source>These settings are this shop&apos;s own: the other shops keep theirs.</source>
        <translation>这些是本店自己的设置：其他门店保持各自的设置。</translation>
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
        <translation>— 无（在下方填写卡名）</translation>
    </message>
    <message>
        <source>e.g. Hydrating facial × 10 (empty: from the item)</source>
        <translation>例如：补水护理 × 10（留空则按项目命名）</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Card name</source>
        <translation>卡名</translation>
    </message>
    <message>
        <source>Sessions bought</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Value loaded (yuan)</source>
        <translation>储值金额（元）</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>实付金额（元）</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Usable in every shop</source>
        <translation>各门店通用</translation>
    </message>
</context>
<context>
    <name>ServiceItemTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>ServiceStatusBox</name>
    <message>
        <source>Service status</source>
        <translation>服务现状</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
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
        <translation>近 12 个月实付</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>顾客阶段</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Brought in</source>
        <translation>介绍来店</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>回店可能</translation>
    </message>
    <message>
        <source>%1 chance · about %2 visits in the next 90 days</source>
        <translation>可能性 %1 · 未来 90 天约到店 %2 次</translation>
    </message>
    <message>
        <source>about %1 visits in the next 90 days</source>
        <translation>未来 90 天约到店 %1 次</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s): %1</source>
        <translation>
            <numerusform>%n 位顾客：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>came</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>SettingWords</name>
    <message>
        <source>Phones hidden from</source>
        <translation>对以下角色隐藏电话</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Monthly backups kept (months)</source>
        <translation>按月保留备份（月数）</translation>
    </message>
    <message>
        <source>Visit-frequency rules</source>
        <translation>到店频率规则</translation>
    </message>
    <message>
        <source>Days to a complaint&apos;s first reply</source>
        <translation>抱怨首次答复期限（天）</translation>
    </message>
    <message>
        <source>Low satisfaction at or below</source>
        <translation>低满意度界限</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>All customers on file: %1</source>
        <translation>全部顾客：%1</translation>
    </message>
    <message>
        <source>Chosen customers: %1</source>
        <translation>所选顾客：%1</translation>
    </message>
    <message>
        <source>Marketing list: %1</source>
        <translation>营销名单：%1</translation>
    </message>
    <message>
        <source>import no. %1</source>
        <translation>第 %1 次导入</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 not imported</source>
        <translation>新增 %1，更新 %2，跳过 %3，未导入 %4</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Consumption psychology</source>
        <translation>消费心理</translation>
    </message>
    <message>
        <source>Personality types</source>
        <translation>性格类型</translation>
    </message>
    <message>
        <source>Customer traits</source>
        <translation>顾客特征</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>顾客字段</translation>
    </message>
    <message>
        <source>Value tiers</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Language, privacy and backups</source>
        <translation>语言、隐私与备份</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>ShopChoice</name>
    <message>
        <source>Whose customers the lists, groups and charts show</source>
        <translation>列表、分组和图表显示哪家门店的顾客</translation>
    </message>
    <message>
        <source>Whole chain</source>
        <translation>全部门店</translation>
    </message>
</context>
<context>
    <name>ShopFields</name>
    <message>
        <source>A number, e.g. 12 or 3.5</source>
        <translation>数字，例如 12 或 3.5</translation>
    </message>
    <message>
        <source>e.g. 2020-05-03</source>
        <translation>例如 2020-05-03</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部顾客</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
</context>
<context>
    <name>ShopPicker</name>
    <message>
        <source>Which shop is this PC in?</source>
        <translation>这台电脑在哪家门店？</translation>
    </message>
    <message>
        <source>Visits, cards, calls and complaints entered on this PC are recorded as this shop&apos;s.</source>
        <translation>在这台电脑上登记的到店、卡项、回访和投诉都记在这家门店。</translation>
    </message>
    <message>
        <source>This PC is in</source>
        <translation>这台电脑所在门店</translation>
    </message>
</context>
<context>
    <name>ShopSettingsTab</name>
    <message>
        <source>They see customers&apos; numbers as 138****5678 and cannot change them; search by the last four digits still works. A manager always sees them.</source>
        <translation>她们看到的顾客号码显示为 138****5678，且不能修改；按后四位搜索仍然可用。店长始终可以看到完整号码。</translation>
    </message>
    <message>
        <source>The newest copies are kept, plus the last copy of every month for as many months as chosen.</source>
        <translation>保留最新的若干份备份，另外在所选月数内每月保留最后一份。</translation>
    </message>
    <message>
        <source>For this PC only; shown from the next start.</source>
        <translation>仅对本机有效，下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Hide phone numbers from</source>
        <translation>对以下角色隐藏电话号码</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保留备份份数</translation>
    </message>
    <message>
        <source>Monthly copies for (months)</source>
        <translation>按月保留（月数）</translation>
    </message>
</context>
<context>
    <name>ShopsChart</name>
    <message>
        <source>Each shop&apos;s customers: her home shop, or a visit there within the window; a customer of two shops counts in both. %1 overdue in all.</source>
        <translation>各门店的顾客：所属门店为该店，或在统计期内到过该店；同时属于两家门店的顾客在两家都计入。共 %1 位超期未到店。</translation>
    </message>
</context>
<context>
    <name>ShopsTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关店</translation>
    </message>
    <message>
        <source>Visits, cards, calls and complaints entered on this PC are recorded as this shop&apos;s.</source>
        <translation>在这台电脑上登记的到店、卡项、回访和投诉都记在这家门店。</translation>
    </message>
    <message>
        <source>This PC is in</source>
        <translation>这台电脑所在门店</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>Sign-off</source>
        <translation>签核</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>— not signed</source>
        <translation>— 未签核</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Who is using Salon Desk?</source>
        <translation>谁在使用本系统？</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Your PIN (6 or more characters)</source>
        <translation>你的 PIN 码（至少 6 位）</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <source>A manager&apos;s account needs a PIN: choose yours now.</source>
        <translation>店长账号必须设置 PIN 码：请现在设置。</translation>
    </message>
    <message>
        <source>Welcome. Enter your name to create the first account (the store manager).</source>
        <translation>欢迎使用。请输入您的姓名，创建第一个账户（店长）。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Wrong PINs on your account</source>
        <translation>你的账号有人输错 PIN 码</translation>
    </message>
    <message>
        <source>Since you last signed in, someone typed a wrong PIN for your account %1 time(s). If it was not you, choose a new PIN (File &gt; Set a PIN).</source>
        <translation>自你上次登录以来，有人为你的账号输错了 %1 次 PIN 码。如果不是你本人，请更换 PIN 码（文件 &gt; 设置 PIN 码）。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again after %1.</source>
        <translation>PIN 码错误次数过多，请在 %1 之后再试。</translation>
    </message>
    <message>
        <source>This account is no longer active.</source>
        <translation>该账号已停用。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
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
        <translation>岗位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Customers brought in</source>
        <translation>介绍来店的顾客</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>By beautician</source>
        <translation>按美容师</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Beautician</source>
        <translation>美容师</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Customers served</source>
        <translation>服务顾客数</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Takings at her visits</source>
        <translation>服务收款</translation>
    </message>
    <message>
        <source>Her customers</source>
        <translation>负责顾客</translation>
    </message>
    <message>
        <source>Overdue share</source>
        <translation>逾期比例</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <source>Cards sold</source>
        <translation>售卡数</translation>
    </message>
    <message>
        <source>Cards&apos; takings</source>
        <translation>售卡金额</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>%1 visits by %2 staff members; overdue counted as of %3.</source>
        <translation>%2 位员工共服务 %1 次；逾期按 %3 计算。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database was written by a newer version of Salon Desk (schema %1; this version understands up to %2). Nothing was changed. Install the newer version to open it.</source>
        <translation>该数据库由更新版本的程序创建（结构版本 %1，本版本最高支持 %2）。数据库未做任何改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>The disk is full, so the last change was not saved (everything saved before is safe). Free some space, for example empty the recycle bin, and save again.</source>
        <translation>磁盘已满，刚才的修改没有保存（之前保存的内容都安全）。请腾出一些空间（例如清空回收站）后再保存。</translation>
    </message>
    <message>
        <source>The database file or its folder is read-only, so nothing can be saved. Ask whoever looks after this PC to allow writing to it.</source>
        <translation>数据库文件或其所在文件夹是只读的，无法保存任何内容。请负责这台电脑的人开放写入权限。</translation>
    </message>
    <message>
        <source>Another program is holding the database. The last change was not saved; try again in a moment.</source>
        <translation>另一个程序正在占用数据库。刚才的修改没有保存，请稍后再试。</translation>
    </message>
    <message>
        <source>The database cannot be reached (a missing folder, a disconnected drive or a disk error). Nothing was changed.</source>
        <translation>无法访问数据库（文件夹不存在、磁盘已断开或磁盘出错）。没有任何改动。</translation>
    </message>
    <message>
        <source>The database is damaged. Nothing more is saved to it; restore the newest sound backup from the File menu.</source>
        <translation>数据库已损坏，之后不会再向它保存任何内容；请从“文件”菜单恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>The server refused this PC&apos;s user name or password. Check them in Settings &gt; Database (or with whoever runs the server); nothing was changed.</source>
        <translation>服务器拒绝了本机的用户名或密码。请在“设置 &gt; 数据库”中检查（或询问服务器的管理员）；没有做任何更改。</translation>
    </message>
    <message>
        <source>The server cannot be reached (the network, or the server itself). The last change was not saved and is still on the screen; save again when the connection is back. Lists shown may be out of date until then.</source>
        <translation>连不上服务器（网络或服务器本身的问题）。刚才的修改没有保存，仍在屏幕上；连接恢复后请再保存一次。在此之前，显示的列表可能不是最新的。</translation>
    </message>
    <message>
        <source>Only the store manager may do this. Nothing was changed.</source>
        <translation>只有店长可以执行此操作。未做任何修改。</translation>
    </message>
    <message>
        <source>Something went wrong: %1
Your saved data is safe. Details are in the log file.</source>
        <translation>程序出错：%1
已保存的数据是安全的。详细信息见日志文件。</translation>
    </message>
    <message>
        <source>The database is damaged and there is no sound backup. Nothing was changed; ask for help before using it again.</source>
        <translation>数据库已损坏，且没有完好的备份。未做任何改动；请先寻求帮助再使用。</translation>
    </message>
    <message>
        <source>The database is damaged. Restore the newest sound backup, taken %1 with %2 customers? The damaged file is kept beside it, not overwritten.</source>
        <translation>数据库已损坏。要恢复最新的完好备份吗？（备份于 %1，共 %2 位顾客）损坏的文件会保留在旁边，不会被覆盖。</translation>
    </message>
    <message>
        <source>Salon Desk</source>
        <translation>美容院顾客档案</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Bringing this shop&apos;s file up to the new version of Salon Desk. This happens once; a large chain&apos;s file takes a minute or two. A copy of the file is kept first.</source>
        <translation>正在把本店的档案升级到新版美容院顾客档案。只需一次；连锁店的大档案要一两分钟。升级前会先保存一份副本。</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
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
        <translation>本周完成</translation>
    </message>
    <message>
        <source>Cancel selected calls…</source>
        <translation>取消所选回访…</translation>
    </message>
    <message>
        <source>Reassign selected calls</source>
        <translation>转交所选回访</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>转交给</translation>
    </message>
    <message>
        <source>No open calls.</source>
        <translation>没有未完成的回访。</translation>
    </message>
    <message>
        <source>Open calls of %1</source>
        <translation>%1 的未完成回访</translation>
    </message>
    <message>
        <source>Select the calls to hand over first.</source>
        <translation>请先选择要转交的回访。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) handed to %1.</source>
        <translation>
            <numerusform>已将 %n 个回访转交给 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the calls to cancel first.</source>
        <translation>请先选择要取消的回访。</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n call(s)? They stay in her history as cancelled.</source>
        <translation>
            <numerusform>取消 %n 个回访？它们会以“已取消”留在顾客记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel calls</source>
        <translation>取消回访</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) cancelled.</source>
        <translation>
            <numerusform>已取消 %n 个回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the store manager may hand over or cancel a colleague&apos;s calls. Nothing was changed.</source>
        <translation>只有店长可以转交或取消同事的回访。没有任何改动。</translation>
    </message>
</context>
<context>
    <name>TiersTab</name>
    <message>
        <source>Add a tier</source>
        <translation>添加层级</translation>
    </message>
    <message>
        <source>Remove the tier</source>
        <translation>删除该层级</translation>
    </message>
    <message>
        <source>Tiers by</source>
        <translation>划分依据</translation>
    </message>
    <message>
        <source>Rank among the customers who paid in the last 12 months</source>
        <translation>在近 12 个月消费顾客中的排名</translation>
    </message>
    <message>
        <source>Paid in the last 12 months</source>
        <translation>近 12 个月实付</translation>
    </message>
    <message>
        <source>Left on her stored-value cards</source>
        <translation>储值卡余额</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Down to the top % of spenders</source>
        <translation>排名至前 %（消费顾客）</translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation>起点（元）</translation>
    </message>
    <message>
        <source>Highest tier first. Each tier takes the spenders ranked down to its share, counted from the top: 20, then 50, then 100 is the top fifth, the next 30% and the rest. Customers who paid nothing have no tier.</source>
        <translation>最高层级在前。每个层级包括从最高起排名到其比例为止的消费顾客：20、50、100 即前五分之一、其后的 30% 和其余顾客。没有消费的顾客不分层级。</translation>
    </message>
    <message>
        <source>Highest tier first. A customer is in the first tier whose amount she reaches; below the last, she has no tier (a last tier from 0 takes everyone).</source>
        <translation>最高层级在前。顾客属于她达到金额的第一个层级；低于最后一级则不分层级（最后一级从 0 起则包括所有人）。</translation>
    </message>
    <message>
        <source>Tier %1: %2</source>
        <translation>第 %1 层级：%2</translation>
    </message>
</context>
<context>
    <name>TypePicker</name>
    <message>
        <source>Not yet classified</source>
        <translation>尚未分类</translation>
    </message>
</context>
<context>
    <name>TypeTable</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Serving strategy</source>
        <translation>服务策略</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>A customer may have several of these types</source>
        <translation>一位顾客可同时属于其中几种</translation>
    </message>
    <message>
        <source>Unticked, her file offers one; a customer who already has several keeps them until her file is saved again.</source>
        <translation>不勾选时，档案只能选一个；已有多个类型的顾客会保留它们，直到她的档案再次保存。</translation>
    </message>
</context>
<context>
    <name>UndoImport</name>
    <message>
        <source>%1 customer files</source>
        <translation>%1 份顾客档案</translation>
    </message>
    <message>
        <source>%1 care-log entries</source>
        <translation>%1 条护理记录</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 张卡</translation>
    </message>
    <message>
        <source>%1 staff members</source>
        <translation>%1 名员工</translation>
    </message>
    <message>
        <source>%1 service items</source>
        <translation>%1 个服务项目</translation>
    </message>
    <message>
        <source>%1 files it changed get back what they held before</source>
        <translation>被它修改的 %1 份档案恢复原样</translation>
    </message>
    <message>
        <source>Uses what it brought: %1</source>
        <translation>使用了导入的内容：%1</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Undo the last import</source>
        <translation>撤销上一次导入</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销这次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <source>The last import: %1, %2 by %3.</source>
        <translation>上一次导入：%1，%2，操作人 %3。</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Checking whether anyone has worked on what it brought…</source>
        <translation>正在检查导入的内容之后是否有人改动…</translation>
    </message>
    <message>
        <source>It was cut short before it finished (the program or the computer stopped): part of the file is in. Undo it, then import the file again.</source>
        <translation>这次导入未完成就中断了（程序或电脑停止运行）：文件只导入了一部分。请撤销它，再重新导入该文件。</translation>
    </message>
    <message>
        <source>It cannot be undone: what it brought has been worked on since (below). Undo that work first, or correct the imported records by hand.</source>
        <translation>无法撤销：导入的内容之后已有人改动（见下表）。请先撤销这些改动，或手动更正导入的记录。</translation>
    </message>
    <message>
        <source>Undoing it removes:
%1
A backup is taken first.</source>
        <translation>撤销将删除：
%1
撤销前会先做一次备份。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <source>The import of %1 is undone.</source>
        <translation>已撤销 %1 的导入。</translation>
    </message>
</context>
<context>
    <name>UnknownNames</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>在本店</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Create it (inactive)</source>
        <translation>新建（停用状态）</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>作为 %1</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>%1 entries, newest first. Enter opens one.</source>
        <translation>共 %1 条，最新的在前。按回车打开。</translation>
    </message>
</context>
</TS>
