// Bridges libyaml's event parser to Swift, for reading topic packs.
#if !__has_include(<yaml.h>)
#error "libyaml's headers are missing: install them with 'apt-get install libyaml-dev'."
#endif
#include <yaml.h>
