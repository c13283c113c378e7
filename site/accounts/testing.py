"""
Test settings only: the backend Django's test client signs in with.

`Client.force_login()` records the first backend of AUTHENTICATION_BACKENDS
that can load a user. The test settings put this one first and list it in
SECOND_FACTOR_TRUSTED_BACKENDS, so sessions made by force_login count as
verified by a second factor, while every real sign-in (through the door,
with `authenticate()`) records ModelBackend and is held to the rule. It
authenticates nobody: `authenticate()` always passes over it.
"""

from django.contrib.auth.backends import ModelBackend


class ForceLoginBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        return None
