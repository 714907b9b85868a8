#pragma once

#include "flows/StatusEvent.h"

#include <QAbstractTransition>

namespace quire {

// An edge of a lifecycle diagram: taken when a StatusEvent asks for the
// status this transition leads to.
class StatusTransition final : public QAbstractTransition
{
    Q_OBJECT

public:
    StatusTransition(int targetStatus, QAbstractState *target, QState *source)
        : QAbstractTransition(source)
        , m_targetStatus(targetStatus)
    {
        setTargetState(target);
    }

    int targetStatus() const { return m_targetStatus; }

protected:
    bool eventTest(QEvent *event) override
    {
        return event->type() == StatusEvent::eventType()
               && static_cast<StatusEvent *>(event)->targetStatus() == m_targetStatus;
    }
    void onTransition(QEvent *) override {}

private:
    int m_targetStatus;
};

} // namespace quire
