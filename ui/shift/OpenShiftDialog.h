#pragma once

#include "domain/Actor.h"
#include "domain/Shift.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace quire {

class ShiftService;

// Opens the till: the clerk counts the float into the drawer and types it.
class OpenShiftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenShiftDialog)

public:
    OpenShiftDialog(ShiftService &shifts, const Actor &actor, const QString &currency,
                    QWidget *parent = nullptr);
    ~OpenShiftDialog() override;

    const std::optional<Shift> &openedShift() const { return m_opened; }

private:
    void onOpen();

    ShiftService &m_shifts;
    Actor m_actor;
    QString m_currency;
    QLineEdit *m_float;
    QLabel *m_message;
    QPushButton *m_openButton;
    std::optional<Shift> m_opened;
};

} // namespace quire
