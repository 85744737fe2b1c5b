// innodesk: the desktop application officers use all day.
#include "innodesk_app.h"

wxIMPLEMENT_APP(innodesk::gui::InnoDeskApp);
