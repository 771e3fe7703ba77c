# attache_embed(<target> FUNCTION <name> HEADER <header declaring it> FILES <file>...)
# Compiles the files into <target> as a function `std::span<const attache::EmbeddedFile> <name>()`
# in namespace attache::embedded, so the binary carries its migrations and data.
function(attache_embed target)
  cmake_parse_arguments(ARG "" "FUNCTION;HEADER" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${ARG_FUNCTION}.cpp")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${out} -DFUNCTION=${ARG_FUNCTION} -DHEADER=${ARG_HEADER} "-DFILES=${ARG_FILES}"
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    DEPENDS ${ARG_FILES} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
    COMMENT "Embedding ${ARG_FUNCTION}"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
