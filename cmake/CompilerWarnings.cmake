# One place that says which warnings every InnoDesk target compiles with.
function(innodesk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast
                                           -Woverloaded-virtual -Wimplicit-fallthrough
                                           # GCC 12 reports false -Wrestrict overlaps in inlined
                                           # std::string concatenation at -O3 (GCC bug 105329),
                                           # and false -Wstringop-overread bounds in the memcmp of
                                           # an inlined std::vector<unsigned char> comparison, as in
                                           # sorting DER encodings (also GCC 12 at -O3 only).
                                           -Wno-restrict -Wno-stringop-overread)
  if(INNODESK_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
