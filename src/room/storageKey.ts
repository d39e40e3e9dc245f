// Following one localStorage key: this tab's own changes (through its listeners) and other tabs'
// (through the storage event), for useSyncExternalStore.
export function followKey(key: string, listeners: Set<() => void>) {
  return (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  };
}
