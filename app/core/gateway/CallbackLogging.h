#pragma once

#include <QLoggingCategory>

// `quire.callback`: what the callback processor and the forged-callback log
// report. Signatures, secrets and request bodies are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcCallback)
