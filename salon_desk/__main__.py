from salon_desk.app import main

raise SystemExit(main())
