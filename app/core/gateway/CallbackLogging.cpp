#include "gateway/CallbackLogging.h"

Q_LOGGING_CATEGORY(lcCallback, "quire.callback", QtInfoMsg)
