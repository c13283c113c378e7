"""
Importing questions from other tools: the Aiken and GIFT formats (Moodle's
own). The parsers (aiken.py, gift.py) are pure functions of the file's text;
saving.py turns what they found into questions of the bank.
"""
