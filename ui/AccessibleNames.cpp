#include "AccessibleNames.h"

#include <QAbstractButton>
#include <QCoreApplication>

namespace quire {

void AccessibleNames::nameBuiltInControls(QWidget *root)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        const QByteArray type = button->metaObject()->className();
        QString name;
        if (type == "QLineEditIconButton") // clearButtonEnabled
            name = QCoreApplication::translate("quire::AccessibleNames", "Clear the field");
        else if (type == "QTableCornerButton")
            name = QCoreApplication::translate("quire::AccessibleNames", "Select all rows");
        else if (button->objectName() == u"qt_toolbar_ext_button")
            name = QCoreApplication::translate("quire::AccessibleNames", "More actions");
        if (!name.isEmpty())
            button->setAccessibleName(name);
    }
}

} // namespace quire
