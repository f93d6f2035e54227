import type { Me } from '@giaoluu/contracts';
import { createContext, type ReactNode, useContext } from 'react';

const StaffUserContext = createContext<Me | null>(null);

export function StaffUserProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <StaffUserContext.Provider value={me}>{children}</StaffUserContext.Provider>;
}

/**
 * The signed-in member, for pages inside the guard. It stays the last known member while a
 * lapsed session is being renewed, so the page and what was typed in it stay on screen.
 */
export function useStaffUser(): Me {
  const me = useContext(StaffUserContext);
  if (!me) throw new Error('useStaffUser is used outside RequireStaff');
  return me;
}
