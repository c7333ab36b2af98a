"""The bare Django page the benchmarks compare anagen with: one model, one query, one template,
Django 5.2's default middleware, under gunicorn with the same workers as anagen. Kept tiny on
purpose; it is the floor a Django page cannot go below, not an example to follow."""
