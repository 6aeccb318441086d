// A panel whose analysis cannot run (yet): say so calmly.
export function Unavailable({ what, reason }: { what: string; reason: string }) {
  return (
    <section className="panel-body unavailable" data-state="unavailable">
      <p className="muted">
        {what} is not available. <span className="reason">{reason}</span>
      </p>
    </section>
  );
}
