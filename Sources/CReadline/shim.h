// Bridges GNU readline to Swift. stdio.h must come first: readline's headers use FILE.
#if !__has_include(<readline/readline.h>)
#error "GNU readline's headers are missing: install them with 'apt-get install libreadline-dev'."
#endif
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
