"""`make bench`: Shimekiri's speed at a bid department's scale (see docs/performance.md)."""
