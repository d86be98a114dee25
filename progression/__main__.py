import sys

from progression.cli import main

sys.exit(main())
