#!/usr/bin/env bash
# Refreshes gui/po/vi.po after strings in gui/ changed: extracts every _("…") and merges it into
# the Vietnamese catalog, keeping the translations already there. New strings come out
# untranslated (and `msgfmt --check` in the build lists nothing missing, so check with
# `msgattrib --untranslated gui/po/vi.po`). Run from the repository root.
set -euo pipefail
xgettext --language=C++ --keyword=_ --from-code=UTF-8 --no-location --package-name=InnoDesk \
  -o gui/po/innodesk.pot gui/*.cpp gui/*.h
msgmerge --quiet --update --backup=none --no-fuzzy-matching gui/po/vi.po gui/po/innodesk.pot
msgattrib --untranslated gui/po/vi.po | grep -c '^msgid' || true
