#include "auth/OpenDialogs.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

namespace quire {

void rejectOpenDialogs(QWidget *window)
{
    if (!window)
        return;
    // findChildren lists parents before their children; rejecting from the
    // end closes a dialog's own dialogs before it. Rejecting may delete
    // dialogs (WA_DeleteOnClose), hence the guards.
    QList<QPointer<QDialog>> dialogs;
    for (QDialog *dialog : window->findChildren<QDialog *>())
        dialogs.append(dialog);
    for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it) {
        if (*it && (*it)->isVisible())
            (*it)->reject();
    }
}

} // namespace quire
