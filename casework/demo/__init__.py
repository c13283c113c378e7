"""
Casework's demo for `manage.py seed_demo` (safereturn.base.demo finds it):
the province's organisation for casework (the People's Committees of six
communes, Sở Y tế and the provincial police from the shared demo, a social
assistance facility named only by its generic legal term), one account per
casework role (development-only passwords and authenticator keys, in
README's table of accounts), and about 60 cases of obviously fictional
people ("Nguyễn Thị Mẫu Một"...) spread over the communes.

Nothing here is real case data. Idempotent: accounts and cases that exist
are looked up (cases by their fixed demo numbers) and left as they are.
"""

from .seeder import seed  # noqa: F401
