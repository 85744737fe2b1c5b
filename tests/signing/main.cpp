// Catch2 entry point of the signing tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
