#pragma once

#include "support/Clock.h"

namespace quire {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace quire
