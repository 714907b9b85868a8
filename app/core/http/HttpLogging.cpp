#include "http/HttpLogging.h"

Q_LOGGING_CATEGORY(lcHttp, "quire.http", QtInfoMsg)
