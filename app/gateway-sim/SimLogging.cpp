#include "SimLogging.h"

Q_LOGGING_CATEGORY(lcSim, "quire.sim", QtInfoMsg)
