#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "quire.ui", QtInfoMsg)
