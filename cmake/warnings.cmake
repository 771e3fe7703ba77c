# Warnings for the project's own targets; third-party headers come in as system headers.
set(ATTACHE_WARNINGS
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wmissing-declarations -Wformat=2)
if(ATTACHE_WERROR)
  list(APPEND ATTACHE_WARNINGS -Werror)
endif()

function(attache_warnings target)
  target_compile_options(${target} PRIVATE ${ATTACHE_WARNINGS})
endfunction()
