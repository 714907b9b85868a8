#pragma once

#include "auth/Permission.h"
#include "auth/SignedInUser.h"

namespace quire {

// A manager's PIN-confirmed consent to one action a clerk may not do. The
// action then runs with actor(): the manager's id, both names in the text;
// the `override_requested` / `override_approved` audit rows name both users.
struct OverrideApproval
{
    SignedInUser requester;
    SignedInUser approver;
    Permission permission = Permission::ApproveOverride;
    QString target;

    Actor actor() const
    {
        return Actor::user(
            approver.id,
            QStringLiteral("%1 (approved for %2)").arg(approver.username, requester.username));
    }
};

} // namespace quire
