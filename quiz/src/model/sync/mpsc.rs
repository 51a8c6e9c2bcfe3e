//! `std::sync::mpsc`'s stand-in: `channel`, `sync_channel`, `Sender`, `SyncSender`, `Receiver`.
//! The channel closes when every sender is dropped: `recv` then returns `Err`.

use std::collections::VecDeque;
use std::fmt::Debug;
use std::panic::Location;
use std::sync::Arc;

pub use std::sync::mpsc::{RecvError, SendError, TryRecvError};

use crate::model::{Access, Obj, Op, Site, Touches, View, join_views, step, try_step, with_state};

pub(crate) struct ChannelState {
    len: usize,
    /// `None`: unbounded; `Some(0)`: a rendezvous.
    cap: Option<usize>,
    senders: usize,
    receiver: bool,
    views: VecDeque<View>,
    sent: usize,
    taken: usize,
}

struct Inner<T> {
    id: usize,
    site: Site,
    queue: std::sync::Mutex<VecDeque<T>>,
}

/// The sending half of [`channel`]: clone it for more producers.
pub struct Sender<T>(Arc<Inner<T>>);
/// The sending half of [`sync_channel`]: `send` blocks while the channel is full.
pub type SyncSender<T> = Sender<T>;
/// The receiving half.
pub struct Receiver<T>(Arc<Inner<T>>);

fn open<T>(site: Site, cap: Option<usize>) -> (Sender<T>, Receiver<T>) {
    let id = with_state(|st, _| {
        st.objects.channels.push(ChannelState {
            len: 0,
            cap,
            senders: 1,
            receiver: true,
            views: VecDeque::new(),
            sent: 0,
            taken: 0,
        });
        st.objects.channels.len() - 1
    });
    let inner = Arc::new(Inner {
        id,
        site,
        queue: std::sync::Mutex::new(VecDeque::new()),
    });
    (Sender(Arc::clone(&inner)), Receiver(inner))
}

/// An unbounded channel.
#[track_caller]
pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    open(Site::of(Location::caller()), None)
}

/// A channel holding at most `bound` messages (`0`: each `send` waits for its `recv`).
#[track_caller]
pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>) {
    open(Site::of(Location::caller()), Some(bound))
}

impl<T: Debug> Sender<T> {
    /// Sends `value` (waiting while a bounded channel is full); `Err` if the receiver is gone.
    #[track_caller]
    pub fn send(&self, value: T) -> Result<(), SendError<T>> {
        let at = Site::of(Location::caller());
        let (id, site) = (self.0.id, self.0.site);
        let text = format!("{value:?}");
        let seq = step(
            Op::when(
                Touches::none().with(Obj::Channel(id), Access::Send),
                move |st, _| {
                    let c = &st.objects.channels[id];
                    !c.receiver || c.cap.is_none_or(|cap| c.len < cap.max(1))
                },
            )
            .at(at),
            move |st, me| {
                let view = st.threads[me].view.clone();
                let c = &mut st.objects.channels[id];
                if !c.receiver {
                    let text = format!("cannot send {text}: the receiver is gone");
                    st.record(me, Some(at), text, vec![]);
                    return Err(SendError(value));
                }
                c.len += 1;
                c.sent += 1;
                c.views.push_back(view);
                let seq = c.sent;
                self.0
                    .queue
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push_back(value);
                st.record(me, Some(at), format!("sends {text} on {{0}}"), vec![site]);
                Ok(seq)
            },
        )?;
        let rendezvous = with_state(|st, _| st.objects.channels[id].cap == Some(0));
        if rendezvous {
            step(
                Op::when(Touches::read(Obj::Channel(id)), move |st, _| {
                    st.objects.channels[id].taken >= seq || !st.objects.channels[id].receiver
                })
                .at(at),
                |st, me| st.record(me, Some(at), "sees its message taken from {0}", vec![site]),
            );
        }
        Ok(())
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        let id = self.0.id;
        with_state(|st, _| st.objects.channels[id].senders += 1);
        Sender(Arc::clone(&self.0))
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let (id, site) = (self.0.id, self.0.site);
        let touches = Touches::none().with(Obj::Channel(id), Access::DropSender);
        let _ = try_step(Op::new(touches), |st, me| {
            let c = &mut st.objects.channels[id];
            c.senders -= 1;
            let text = if c.senders == 0 {
                "drops the last sender of {0}: the channel is closed"
            } else {
                "drops a sender of {0}"
            };
            st.record(me, None, text, vec![site]);
        });
    }
}

impl<T: Debug> Receiver<T> {
    /// Waits for a message; `Err` once the channel is empty and every sender is gone.
    #[track_caller]
    pub fn recv(&self) -> Result<T, RecvError> {
        let at = Site::of(Location::caller());
        let (id, site) = (self.0.id, self.0.site);
        step(
            Op::when(
                Touches::none().with(Obj::Channel(id), Access::Recv),
                move |st, _| {
                    let c = &st.objects.channels[id];
                    c.len > 0 || c.senders == 0
                },
            )
            .at(at),
            |st, me| self.take(st, me, at, site, id).ok_or(RecvError),
        )
    }

    /// A message if one is waiting, without blocking.
    #[track_caller]
    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        let at = Site::of(Location::caller());
        let (id, site) = (self.0.id, self.0.site);
        step(Op::new(Touches::write(Obj::Channel(id))), |st, me| {
            let c = &st.objects.channels[id];
            if c.len == 0 && c.senders > 0 {
                st.record(me, Some(at), "try_recv on {0}: empty", vec![site]);
                return Err(TryRecvError::Empty);
            }
            self.take(st, me, at, site, id)
                .ok_or(TryRecvError::Disconnected)
        })
    }

    fn take(
        &self,
        st: &mut crate::model::St,
        me: usize,
        at: Site,
        site: Site,
        id: usize,
    ) -> Option<T> {
        let c = &mut st.objects.channels[id];
        if c.len == 0 {
            st.record(
                me,
                Some(at),
                "finds {0} empty and closed: the loop ends",
                vec![site],
            );
            return None;
        }
        c.len -= 1;
        c.taken += 1;
        let view = c.views.pop_front().unwrap_or_default();
        join_views(&mut st.threads[me].view, &view);
        let value = self
            .0
            .queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .pop_front()?;
        st.record(
            me,
            Some(at),
            format!("receives {value:?} from {{0}}"),
            vec![site],
        );
        Some(value)
    }

    /// Messages until the channel is closed.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { rx: self }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        let (id, site) = (self.0.id, self.0.site);
        let _ = try_step(Op::new(Touches::write(Obj::Channel(id))), |st, me| {
            st.objects.channels[id].receiver = false;
            st.record(me, None, "drops the receiver of {0}", vec![site]);
        });
    }
}

/// `Receiver::iter`.
pub struct Iter<'a, T> {
    rx: &'a Receiver<T>,
}

impl<T: Debug> Iterator for Iter<'_, T> {
    type Item = T;
    #[track_caller]
    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<'a, T: Debug> IntoIterator for &'a Receiver<T> {
    type Item = T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

/// `Receiver`'s owning iterator.
pub struct IntoIter<T> {
    rx: Receiver<T>,
}

impl<T: Debug> Iterator for IntoIter<T> {
    type Item = T;
    #[track_caller]
    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<T: Debug> IntoIterator for Receiver<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { rx: self }
    }
}

impl<T> Debug for Sender<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sender { .. }")
    }
}

impl<T> Debug for Receiver<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Receiver { .. }")
    }
}
