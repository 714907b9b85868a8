#pragma once

#include "auth/Role.h"

#include <QString>

namespace quire {

// A role's name as people read it, in the interface language.
QString roleDisplayName(Role role);

} // namespace quire
