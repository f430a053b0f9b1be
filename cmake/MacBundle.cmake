# The wizard as a macOS application bundle, Offramp.app, with offramp-cli beside it in Contents/MacOS (where
# the wizard looks for it). Untested: no Apple toolchain builds here; packaging/macos/README.md has the steps.
set(OFFRAMP_MAC_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/offramp.icns")
target_sources(offramp PRIVATE "${OFFRAMP_MAC_ICON}")
set_source_files_properties("${OFFRAMP_MAC_ICON}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(offramp PROPERTIES
    MACOSX_BUNDLE TRUE
    OUTPUT_NAME Offramp
    MACOSX_BUNDLE_BUNDLE_NAME Offramp
    MACOSX_BUNDLE_GUI_IDENTIFIER org.offramp.Offramp
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE offramp.icns
    MACOSX_BUNDLE_COPYRIGHT "The Offramp authors, GPL-3.0-or-later")
install(TARGETS offramp BUNDLE DESTINATION .)
install(TARGETS offramp-cli RUNTIME DESTINATION Offramp.app/Contents/MacOS)
