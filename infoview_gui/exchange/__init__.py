"""Import and export of contacts and interviews: CSV, vCard, iCalendar, JSON. No Qt."""
