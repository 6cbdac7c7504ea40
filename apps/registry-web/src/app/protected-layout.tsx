import { Suspense } from 'react';
import { Navigate, Outlet } from 'react-router';
import { Loading } from '../components/loading';
import { PageLayout } from '../components/page-layout';
import { PurposeDialog } from '../components/purpose-dialog';
import { SessionUnavailable } from '../components/session-unavailable';
import { useAccessPurpose } from '../lib/access-purpose';
import { useSession } from '../lib/session';

/**
 * Every page behind sign-in: the frame, and before any protected read the purpose of access. Until a
 * purpose is given the page itself is not rendered, so no query can go out without one.
 */
export function ProtectedLayout() {
  const { state } = useSession();
  const { purpose, changing, savePurpose, startChange, cancelChange } = useAccessPurpose();

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <PageLayout>
        <SessionUnavailable />
      </PageLayout>
    );
  if (!state.session.signedIn || !state.session.user) return <Navigate to="/login" replace />;

  const asking = !purpose || changing;
  return (
    <PageLayout user={state.session.user} purpose={{ text: purpose, onChange: startChange }}>
      {asking ? (
        <PurposeDialog initialPurpose={purpose} onSubmit={savePurpose} onCancel={purpose ? cancelChange : undefined} />
      ) : (
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      )}
    </PageLayout>
  );
}
