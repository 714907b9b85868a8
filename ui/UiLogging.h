#pragma once

#include <QLoggingCategory>

// The widgets' own category, so screen and web-view messages can be turned
// on without the core's noise.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
