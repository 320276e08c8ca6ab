# Refuses an #include that crosses the design (docs/design.md, house style rule 10): each
# module may include its own headers, the modules it links, and only its own third-party
# libraries. Run by the build (target `layering`), so a crossing include fails the build
# even though every header sits on the same include path.
#
# Input: -DSOURCE_DIR=... -DSTAMP=...; the rules are the SPOKEN_LAYERS list below, which
# CMakeLists.txt also uses to link the module libraries, so the two cannot disagree.
cmake_policy(SET CMP0057 NEW)
include(${CMAKE_CURRENT_LIST_DIR}/SpokenLayers.cmake)

set(violations "")
foreach(module IN LISTS SPOKEN_MODULES)
  set(allowed_modules ${module} ${SPOKEN_LAYER_${module}_MODULES})
  set(allowed_headers ${SPOKEN_LAYER_${module}_HEADERS})
  file(GLOB files ${SOURCE_DIR}/src/${module}/*.h ${SOURCE_DIR}/src/${module}/*.cc)
  foreach(file IN LISTS files)
    file(STRINGS ${file} includes REGEX "^#include [\"<]")
    foreach(line IN LISTS includes)
      if(line MATCHES "^#include \"([a-z_]+)/")
        set(target ${CMAKE_MATCH_1})
        if(NOT target IN_LIST allowed_modules)
          string(APPEND violations "  ${file}: ${line} (${module}/ may include: ${allowed_modules})\n")
        endif()
      elseif(line MATCHES "^#include <([^>]+)>")
        set(header ${CMAKE_MATCH_1})
        # Standard and POSIX headers carry no '/' and no '.h' suffix of a library we wrap,
        # except the few POSIX ones listed per module.
        set(owner "")
        foreach(prefix IN LISTS SPOKEN_THIRD_PARTY_HEADERS)
          string(FIND "${header}" "${prefix}" at)
          if(at EQUAL 0)
            set(owner ${prefix})
          endif()
        endforeach()
        if(owner AND NOT owner IN_LIST allowed_headers)
          string(APPEND violations "  ${file}: ${line} (${owner} belongs to another module)\n")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations)
  message(FATAL_ERROR "Includes that cross the module layering (cmake/SpokenLayers.cmake):\n${violations}")
endif()
file(TOUCH ${STAMP})
