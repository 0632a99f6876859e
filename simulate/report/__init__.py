"""Reports on a run or batch folder: the short one printed at the end of a run, and the HTML one."""

from .data import ReportData, load_report, session_label
from .html import render_html, write_html_report
from .terminal import render_terminal_report

__all__ = ["ReportData", "load_report", "render_html", "render_terminal_report", "session_label",
           "write_html_report"]
