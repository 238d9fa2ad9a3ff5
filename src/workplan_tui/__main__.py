from workplan_tui.cli import main

raise SystemExit(main())
