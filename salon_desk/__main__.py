import sys

if len(sys.argv) == 4 and sys.argv[1] == "_read-sheet":
    # The child that reads a spreadsheet (salon_desk.sheet_reader): nothing else loaded.
    from salon_desk.sheet_reader import main as read_sheet

    raise SystemExit(read_sheet(sys.argv[2], sys.argv[3]))

from salon_desk.app import main

raise SystemExit(main())
