#include "flows/LifecycleMachine.h"

#include "flows/StatusTransition.h"
#include "support/LoggingCategories.h"

#include <QFinalState>
#include <QState>
#include <QStateMachine>

namespace quire {

LifecycleMachine::LifecycleMachine(int initialStatus, QObject *parent)
    : QObject(parent)
    , m_machine(new QStateMachine(this))
    , m_initialStatus(initialStatus)
    , m_requestedStatus(initialStatus)
{}

LifecycleMachine::~LifecycleMachine() = default;

QState *LifecycleMachine::addState(int status, const QString &name)
{
    auto *state = new QState(m_machine);
    state->setObjectName(name);
    watchEntry(status, state);
    return state;
}

QFinalState *LifecycleMachine::addFinalState(int status, const QString &name)
{
    auto *state = new QFinalState(m_machine);
    state->setObjectName(name);
    watchEntry(status, state);
    return state;
}

void LifecycleMachine::watchEntry(int status, QAbstractState *state)
{
    m_states.insert(status, state);
    connect(state, &QAbstractState::entered, this, [this, status] {
        const bool first = !m_currentStatus;
        m_currentStatus = status;
        Q_EMIT statusEntered(status);
        if (first) {
            for (int held : std::exchange(m_heldAdvances, {}))
                m_machine->postEvent(new StatusEvent(held));
        }
    });
}

void LifecycleMachine::addTransition(QState *from, QAbstractState *to)
{
    const int targetStatus = m_states.key(to, -1);
    Q_ASSERT_X(targetStatus >= 0, "LifecycleMachine::addTransition", "target is not a state");
    new StatusTransition(targetStatus, to, from);
}

bool LifecycleMachine::allows(int from, int to) const
{
    const auto *source = qobject_cast<const QState *>(m_states.value(from));
    if (!source)
        return false; // unknown or final status: nothing leaves it
    const auto transitions = source->transitions();
    for (const QAbstractTransition *transition : transitions) {
        const auto *edge = qobject_cast<const StatusTransition *>(transition);
        if (edge && edge->targetStatus() == to)
            return true;
    }
    return false;
}

void LifecycleMachine::start()
{
    m_machine->setInitialState(m_states.value(m_initialStatus));
    m_machine->start();
}

bool LifecycleMachine::isRunning() const
{
    return m_machine->isRunning();
}

bool LifecycleMachine::advance(int to)
{
    // Check against the last status asked for, not the one entered: events
    // posted earlier may still be waiting for the event loop.
    if (!allows(m_requestedStatus, to)) {
        qCWarning(lcFlow) << "machine" << objectName() << "has no edge from" << m_requestedStatus
                          << "to" << to;
        return false;
    }
    m_requestedStatus = to;
    // QStateMachine drops events posted before it has entered its initial
    // state; hold them until it has.
    if (m_currentStatus)
        m_machine->postEvent(new StatusEvent(to));
    else
        m_heldAdvances.append(to);
    return true;
}

std::optional<int> LifecycleMachine::currentStatus() const
{
    return m_currentStatus;
}

} // namespace quire
