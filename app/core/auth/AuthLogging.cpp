#include "auth/AuthLogging.h"

Q_LOGGING_CATEGORY(lcAuth, "quire.auth", QtInfoMsg)
