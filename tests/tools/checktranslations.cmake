# Merges the current tr() strings of the sources into copies of the .ts files (so the committed files
# are not touched), then checks the copies: every string translated, no placeholder lost.
# -D LUPDATE=... TSCHECK=... WORK=... TS_FILES="a;b" PLURALS=en.ts SOURCES_FILE=<file listing sources>
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(STRINGS "${SOURCES_FILE}" sources)
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK}/${name}" COPYONLY)
    list(APPEND copies "${WORK}/${name}")
endforeach()
get_filename_component(plural_name "${PLURALS}" NAME)
configure_file("${PLURALS}" "${WORK}/${plural_name}" COPYONLY)

execute_process(COMMAND "${LUPDATE}" -locations none -no-obsolete -silent ${sources} -ts ${copies}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
execute_process(COMMAND "${LUPDATE}" -locations none -no-obsolete -silent -pluralonly ${sources}
                        -ts "${WORK}/${plural_name}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate -pluralonly failed (${rc})")
endif()
execute_process(COMMAND "${TSCHECK}" ${copies} --plurals-only "${WORK}/${plural_name}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Translations are incomplete: run `cmake --build <build> --target update_translations`, "
                        "translate every new entry in translations/*.ts (see ../shared/glossary.md), and keep "
                        "every %1/%n placeholder.")
endif()
