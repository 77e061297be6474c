//! Terminal events to actions: keys through the key map of the current
//! context, typed characters into the search box, clicks, the wheel and
//! resizes as the actions that carry them.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::Action;
use super::app::AppState;
use super::keymap::{Code, Context, Key};

/// The key map's view of a key press; none for keys it has no name for.
pub fn key_of(event: &KeyEvent) -> Option<Key> {
    let code = match event.code {
        KeyCode::Char(c) => Code::Char(c),
        KeyCode::Enter => Code::Enter,
        KeyCode::Esc => Code::Esc,
        KeyCode::Backspace => Code::Backspace,
        KeyCode::Tab if event.modifiers.contains(KeyModifiers::SHIFT) => Code::BackTab,
        KeyCode::Tab => Code::Tab,
        KeyCode::BackTab => Code::BackTab,
        KeyCode::Up => Code::Up,
        KeyCode::Down => Code::Down,
        KeyCode::Left => Code::Left,
        KeyCode::Right => Code::Right,
        KeyCode::Home => Code::Home,
        KeyCode::End => Code::End,
        KeyCode::PageUp => Code::PageUp,
        KeyCode::PageDown => Code::PageDown,
        KeyCode::Delete => Code::Delete,
        KeyCode::Insert => Code::Insert,
        KeyCode::F(n) => Code::F(n),
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        alt: event.modifiers.contains(KeyModifiers::ALT),
    })
}

/// What an event asks for in the state's current context.
pub fn action_for(event: &Event, state: &AppState) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let context = state.context();
            let k = key_of(key)?;
            state.keymap.action(context, k).or(match k.code {
                Code::Char(c)
                    if matches!(context, Context::Search | Context::Picker | Context::Input)
                        && !k.ctrl
                        && !k.alt =>
                {
                    Some(Action::InsertChar(c))
                }
                _ => None,
            })
        }
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
                MouseEventKind::ScrollUp => Some(Action::ScrollUp { column, row }),
                MouseEventKind::ScrollDown => Some(Action::ScrollDown { column, row }),
                _ => None,
            }
        }
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_keys_are_read_as_typed() {
        let press = |code, modifiers| key_of(&KeyEvent::new(code, modifiers)).unwrap();
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Key::plain(Code::Char('G'))
        );
        assert_eq!(
            press(KeyCode::BackTab, KeyModifiers::SHIFT),
            Key::plain(Code::BackTab)
        );
        assert!(press(KeyCode::Char('c'), KeyModifiers::CONTROL).ctrl);
    }
}
