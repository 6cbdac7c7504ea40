import { Navigate } from 'react-router';
import { Loading } from '../../components/loading';
import { homePathOf } from '../../lib/roles';
import { useSession } from '../../lib/session';

/** `/`: the role's own start page, or sign-in. */
export function HomeRoute() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  const user = state.status === 'ready' ? state.session.user : undefined;
  return <Navigate to={user ? homePathOf(user.roles) : '/login'} replace />;
}
