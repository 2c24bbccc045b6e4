"""Prepared statements on PostgreSQL: a query run often, whose planning costs more than its running,
is prepared once per database session and then only executed.

A prepared statement lives as long as its session, and Django keeps sessions between requests and
tasks (DATABASE_CONN_MAX_AGE). Behind a pooler that hands one session to several clients per
transaction (PgBouncer in transaction mode) this does not hold: run PgBouncer in session mode.
"""


def prepared(connection, cursor, name: str, query: str, parameters: tuple[str, ...]) -> None:
    """Prepare ``query`` (its ``%(name)s`` parameters, in the order of ``parameters``; PostgreSQL infers
    their types from the query) as the statement ``name`` on this PostgreSQL session, once."""
    session = connection.connection
    done = getattr(session, "shimekiri_prepared", None)
    if done is None:
        done = session.shimekiri_prepared = set()
    if name in done:
        return
    numbered = query % {parameter: f"${number}" for number, parameter in enumerate(parameters, 1)}
    cursor.execute(f"PREPARE {name} AS {numbered}")
    done.add(name)


def execute(connection, cursor, name: str, query: str, values: dict) -> None:
    """Run ``query`` with ``values`` (by parameter name): prepared on PostgreSQL, as it is elsewhere."""
    if connection.vendor != "postgresql":
        cursor.execute(query, values)
        return
    prepared(connection, cursor, name, query, tuple(values))
    cursor.execute(f"EXECUTE {name} ({', '.join('%s' for _ in values)})", list(values.values()))
