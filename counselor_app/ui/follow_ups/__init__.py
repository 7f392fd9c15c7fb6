"""The follow-up screen."""

from counselor_app.ui.follow_ups.view import FollowUpsView

__all__ = ["FollowUpsView"]
