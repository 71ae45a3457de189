from masa_check.cli import main

main()
