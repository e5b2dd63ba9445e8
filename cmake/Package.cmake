# The Debian package (VITRIN_PACKAGE=ON; scripts/package.sh builds it with CPack's DEB generator).
# The kiosk is installed below /usr as Debian's policy asks: /usr/bin/vitrin, its data in
# /usr/share/vitrin (found as ../share/vitrin from the program), the session and USB helpers in
# /usr/libexec/vitrin, the systemd units and the udev rule in /lib (Debian 12 keeps packaged units
# there), the PAM session as the conffile /etc/pam.d/vitrin. packaging/deb holds the maintainer
# scripts (the user vitrin, /var/lib/vitrin and the user's memory limit; everything removed on
# purge), the copyright
# file, the changelog and the manual page.

set(VITRIN_DEB_RELEASE "1" CACHE STRING "Debian revision of the package (vitrin_<version>-<revision>)")
set(VITRIN_DEB_MAINTAINER "Vitrin maintainers <vitrin@example.org>" CACHE STRING
    "Maintainer field of the Debian package")

# The package needs only the kiosk program: cpack must not build the tests and benchmarks first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(pkgdir "${PROJECT_SOURCE_DIR}/packaging/deb")
set(kiosk "${PROJECT_SOURCE_DIR}/kiosk-setup")
set(docdir "${CMAKE_INSTALL_DATADIR}/doc/vitrin")

install(PROGRAMS "${kiosk}/vitrin-start.sh" "${kiosk}/vitrin-session.sh" "${kiosk}/vitrin-usb-mount.sh"
                 "${kiosk}/vitrin-usb-export.sh"
        DESTINATION "${CMAKE_INSTALL_LIBEXECDIR}/vitrin")
install(FILES "${kiosk}/vitrin.service" "${kiosk}/vitrin-usb@.service" "${kiosk}/vitrin-usb-export.service"
        DESTINATION /lib/systemd/system)
install(FILES "${kiosk}/50-vitrin.rules" DESTINATION "${CMAKE_INSTALL_DATADIR}/polkit-1/rules.d")
install(FILES "${kiosk}/90-vitrin-usb.rules" DESTINATION /lib/udev/rules.d)
install(FILES "${kiosk}/pam-vitrin" DESTINATION /etc/pam.d RENAME vitrin)
install(FILES "${kiosk}/vitrin-kiosk.conf" "${kiosk}/vitrin-kiosk-console.conf" DESTINATION /etc/X11)
# The kiosk user's memory limit: postinst copies it into /etc/systemd/system/user-<UID>.slice.d/
# once the user exists (the UID is known only then).
install(FILES "${kiosk}/user-slice-memory.conf" DESTINATION "${CMAKE_INSTALL_DATADIR}/vitrin")
install(FILES "${kiosk}/README.md" DESTINATION "${docdir}" RENAME kiosk-setup.md)
install(FILES "${pkgdir}/copyright" DESTINATION "${docdir}")
install(FILES "${pkgdir}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME vitrin)

# changelog.Debian.gz and vitrin.1.gz: compressed with -n so that the package is reproducible.
set(VITRIN_DEB_VERSION "${PROJECT_VERSION}-${VITRIN_DEB_RELEASE}")
set(generated "${CMAKE_CURRENT_BINARY_DIR}/deb")
file(MAKE_DIRECTORY "${generated}")
configure_file("${pkgdir}/changelog.in" "${generated}/changelog.Debian" @ONLY)
foreach(plain IN ITEMS "${generated}/changelog.Debian" "${pkgdir}/vitrin.1")
    get_filename_component(name "${plain}" NAME)
    execute_process(COMMAND gzip -9nc "${plain}" OUTPUT_FILE "${generated}/${name}.gz"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()
install(FILES "${generated}/changelog.Debian.gz" DESTINATION "${docdir}")
install(FILES "${generated}/vitrin.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vitrin)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${VITRIN_DEB_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline touchscreen kiosk for exhibitions")
set(CPACK_PACKAGE_DESCRIPTION
    "Vitrin shows an exhibition full screen on a touchscreen: an attract loop,
galleries of pictures with captions and a history timeline, in Swedish,
English or Russian. Staff change the exhibition with a USB stick of
pictures in folders, guarded by a PIN.
.
This package makes a PC boot straight into the kiosk: a systemd service
runs an X server with the kiosk as its only client, as the system user
vitrin, and restarts it when it stops. USB sticks are mounted read-only at
/media/vitrin-usb. Imported exhibitions and settings are kept in
/var/lib/vitrin.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${VITRIN_DEB_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Libraries: computed by dpkg-shlibdeps. Then what the kiosk runs at run time (as
# kiosk-setup/README.md explains): the X server with its drivers and Mesa, xauth, xset,
# xinput for troubleshooting, chvt (kbd), the logind PAM module, ntfs-3g for NTFS sticks, polkitd
# (its rule lets the kiosk start vitrin-usb-export.service), the fallback fonts for what Noto
# Sans lacks (emoji in colour, symbols, other scripts: src/ui/FontChain.h), espeak-ng's voices
# for speech (libespeak-ng1 needs them too; named so that the voices are never left out), and
# adduser for the maintainer scripts (deb-systemd-helper comes with the essential
# init-system-helpers).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, xserver-xorg, libgl1-mesa-dri, xauth, x11-xserver-utils, xinput, kbd, libpam-systemd, ntfs-3g, polkitd, fonts-noto-color-emoji, fonts-dejavu-core, fonts-symbola, espeak-ng-data")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${pkgdir}/postinst;${pkgdir}/prerm;${pkgdir}/postrm;${pkgdir}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
