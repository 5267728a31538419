#include "WindowInputBlock.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace caseline {

namespace {

// Input that could start something in a window.
bool isUserInput(const QEvent &event)
{
    switch (event.type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletRelease:
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        return true;
    default:
        return false;
    }
}

}  // namespace

WindowInputBlock::WindowInputBlock(QWidget *window) : m_window(window ? window->window() : nullptr)
{
    if (m_window)
        qApp->installEventFilter(this);
}

WindowInputBlock::~WindowInputBlock()
{
    if (m_window)
        qApp->removeEventFilter(this);
}

bool WindowInputBlock::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_window || !watched->isWidgetType() || !isUserInput(*event))
        return false;
    if (static_cast<QWidget *>(watched)->window() != m_window)
        return false;
    // An accepted override tells Qt that the key is taken: no shortcut or menu action runs for it.
    if (event->type() == QEvent::ShortcutOverride)
        event->accept();
    else
        event->ignore();
    return true;
}

}  // namespace caseline
