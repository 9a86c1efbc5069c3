"""``tthc due``: the occurrences of every task's deadline, per unit, marked due, overdue or done."""
