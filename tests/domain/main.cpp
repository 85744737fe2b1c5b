// Catch2 entry point of the domain unit tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
