# Read by cpack at packaging time. Each Debian package's description starts with its own synopsis line
# (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); CPackDeb would put the project's one summary in front of it unless the
# summary is CPack's default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
